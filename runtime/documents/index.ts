export { renderDocument, renderDocumentPage, TemplateRefusedError, type RenderInput } from './render';
export { checkTemplateSyntax, scanTemplate, type PathUse, type TemplateScan } from './syntax';
export { ALLOWED_HELPERS, BUILTIN_BLOCK_HELPERS, QAGIDA_HELPERS } from './helperNames';
