/**
 * The composition root shared by the desktop and web entry points: it builds the services
 * once and hands them to each feature; every registration ends up in context.subscriptions.
 */
import type * as vscode from 'vscode';
import { NoteSettings } from './config';
import { FileChecks } from './notes/fileChecks';
import { NoteModels } from './notes/noteModels';
import { registerPreview, type Preview } from './preview/registerPreview';
import { registerQuiz, type Quiz } from './quiz/registerQuiz';
import { registerTerms, type Terms } from './terms/termsFeature';
import { registerWalkthrough } from './walkthrough';
import { registerTopicTree, type TopicTree } from './tree/topicTree';

/** What `activate` returns: used by the in-host tests and open to other extensions. */
export interface ResearchNotesApi {
  readonly notes: NoteModels;
  readonly topicTree: TopicTree;
  readonly preview: Preview;
  readonly terms: Terms;
  readonly quiz: Quiz;
  readonly fileChecks: FileChecks;
}

export function activateShared(context: vscode.ExtensionContext): ResearchNotesApi {
  const settings = new NoteSettings();
  context.subscriptions.push(settings);
  const notes = new NoteModels(settings);
  const topicTree = registerTopicTree(context, notes);
  const preview = registerPreview(context, notes);
  const terms = registerTerms(context, notes);
  const quiz = registerQuiz(context, notes, topicTree.provider);
  registerWalkthrough(context, terms.index);
  const fileChecks = new FileChecks();
  context.subscriptions.push(fileChecks);
  return { notes, topicTree, preview, terms, quiz, fileChecks };
}
