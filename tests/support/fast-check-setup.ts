import fc from 'fast-check';

// Property tests run with a fixed seed in every suite, so CI is reproducible; a failure prints
// the counterexample, and changing the seed locally explores further.
fc.configureGlobal({ seed: Number(process.env.KETEN_FC_SEED ?? 20261122) });
