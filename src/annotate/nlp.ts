import winkNLP, { type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

let instance: WinkMethods | undefined;

/**
 * The English pipeline (tokenizer, sentence boundaries, part of speech, lemmas,
 * number/date/percent entities). The model ships inside its npm package, so it
 * runs offline in Node and in the browser; building it costs about 100 ms, so it
 * is built once, on first use.
 */
export function englishPipeline(): WinkMethods {
  instance ??= winkNLP(model);
  return instance;
}
