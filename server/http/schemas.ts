/**
 * Request bodies and shared answers: written once in the API contract (runtime/api), which
 * validates requests here, documents them in OpenAPI and types the designer's client.
 */
export { LoginBody, UserCreateBody, UserUpdateBody, UserGroupsBody, PreferencesBody } from '../../runtime/api/users';
export { PublishBody } from '../../runtime/api/definitions';
export {
  CaseStartBody,
  CaseDataBody,
  CaseSubmitBody,
  CaseActionBody,
  CaseActionsPreviewBody,
  SurveyBody,
  CaseSummary,
  CaseList,
  ActionView,
  StepView,
  ActionsPreview,
} from '../../runtime/api/cases';
export { ImpactBody, RulesetEvaluateBody, ChecklistEvaluateBody } from '../../runtime/api/dryRuns';
export { ErrorBody } from '../../runtime/api/errors';
