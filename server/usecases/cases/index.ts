// The case use cases, one file each; this index keeps `from './cases'` working for their many importers.
export { load, processOf, type PinnedDefinitions } from './pinnedDefinitions';
export { caseFacts, checkRevision, existing, write } from './caseRecord';
export { deadlineEvents, deadlinesById, nextDue, normalizeDue } from './deadlines';
export { startCase } from './startCase';
export { saveCaseData } from './saveCaseData';
export { submitCase } from './submitCase';
export { issueDocuments } from './issueDocuments';
export { processError } from './processError';
export { caseDocument } from './caseDocument';
export { caseEventOf, recordCaseEvent } from './recordCaseEvent';
