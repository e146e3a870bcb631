// Several Tongxin processes behind one port: a TCP proxy on 127.0.0.1 that hands each new
// connection to the next backend in turn (what a load balancer in front of a PostgreSQL deployment
// does). Usage: node bench/proxy.mjs <listen port> <backend port> <backend port> …
import { connect, createServer } from 'node:net'

const [listen, ...backends] = process.argv.slice(2).map(Number)
if (!listen || backends.length === 0) {
  process.stderr.write('usage: node bench/proxy.mjs <listen port> <backend port> …\n')
  process.exit(2)
}
let next = 0
const server = createServer((client) => {
  const port = backends[next++ % backends.length]
  const upstream = connect({ host: '127.0.0.1', port })
  client.setNoDelay(true)
  upstream.setNoDelay(true)
  client.pipe(upstream).pipe(client)
  const close = () => {
    client.destroy()
    upstream.destroy()
  }
  client.on('error', close)
  upstream.on('error', close)
  client.on('close', close)
  upstream.on('close', close)
})
server.listen(listen, '127.0.0.1', () => process.stdout.write('ready\n'))
