/** A recommendation that names something the checklist's vocabulary or roadmap does not have. */
export class ChecklistError extends Error {
  readonly code = 'UNKNOWN_VOCABULARY';
  constructor(message: string) {
    super(message);
    this.name = 'ChecklistError';
  }
}
