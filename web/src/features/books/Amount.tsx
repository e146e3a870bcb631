import { fenOrBlank, formatFen } from './money'

/** An amount as the books print it: ¥1,234.56, tabular figures, red when negative (红字). */
export function Amount({
  fen,
  blankZero = false,
  testId,
}: {
  fen: number
  blankZero?: boolean
  testId?: string
}) {
  return (
    <span className={fen < 0 ? 'tx-books-amount tx-books-red' : 'tx-books-amount'} data-testid={testId}>
      {blankZero ? fenOrBlank(fen) : formatFen(fen)}
    </span>
  )
}
