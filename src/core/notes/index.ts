export * from './model';
export { beginParse, parseNote, type ParseJob, type ParseOptions } from './parser';
export { compileQuestionPatterns, DEFAULT_QUESTION_PATTERNS, type CompiledQuestionPatterns, type QuestionPattern } from './patterns';
export { beginOutline, buildOutline, GROUP_SIZE, groupRanges, MAX_SHOWN, nodeAtLine, type ItemRange, type OutlineFilter, type OutlineJob, type OutlineNode, type OutlineNodeKind } from './outline';
