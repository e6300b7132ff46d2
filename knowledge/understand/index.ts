/**
 * Understanding a question beyond its words' scores: which topics (facet values) it names, which facet question
 * best splits a broad question's candidates, which entries are on the same subject. Pure; no botbuilder.
 */
export { TopicReader, type UnderstoodTopics } from './topics';
export { topicNames, writtenNames, type TopicName } from './names';
export { bestSplittingQuestion } from './split';
export { RelatedEntries } from './related';
