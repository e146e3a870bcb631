// 协商议事 (consultations): topics, meetings, decisions and their follow-through tasks.
export { consultRoutes } from './consult.routes.js'
export { createConsultation, recordDecision, recordMeeting, schedule, invite } from './consult.service.js'
export { addTask, actOnTask } from './consult-tasks.service.js'
