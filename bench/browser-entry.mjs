// Bundled by esbuild for headless Chromium (bench/run.mjs): the same engines, files and loop as in Node.
import jsonLogic from 'json-logic-js';
import { Engine } from 'json-rules-engine';
import Ajv from 'ajv';
import { recommend, cleanAnswers } from '../lib/index.js';
import { parseRules } from '../lib/load/load-rules.js';
import { benchEngines } from './engines.mjs';
import { benchValidator } from './validator.mjs';

window.bench = {
  engines: (files, rounds) =>
    benchEngines({ files, libraries: { recommend, jsonLogic, Engine, cleanAnswers }, rounds, now: () => performance.now() }),
  validator: (schema, texts, rounds) => benchValidator({ schema, texts, rounds, Ajv, parseRules, now: () => performance.now() }),
};
