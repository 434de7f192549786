export {
  evaluateChecklist,
  type ChecklistResult,
  type ChecklistOptions,
  type Recommendation,
  type RoadmapActivity,
  type Lang,
} from './evaluate';
export { answerFacts, answerValue, askedItems, scoreOf } from './answerFacts';
export { ChecklistError } from './checklistError';
