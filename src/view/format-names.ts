/** The output formats of `extract` (a module of its own, so that the CLI's options need not load the formatters). */
export const OUTPUT_FORMATS = ['jsonl', 'json', 'csv'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];
