// Types for scripts/workflow-audit.js, which stays plain JavaScript so that users can run
// it from a clone with node alone.
export type Finding = { file: string; line: number; rule: string; message: string };
export declare const messages: Record<string, string>;
export declare function workflowFiles(dir?: string): string[];
export declare function auditWorkflow(text: string, file: string): Finding[];
export declare function markdownFiles(dir?: string): string[];
/** expression-in-run over the ```yaml blocks of a Markdown document that are workflows, jobs, steps or a step. */
export declare function auditMarkdown(markdown: string, file: string): Finding[];
export declare function formatFinding(finding: Finding): string;
