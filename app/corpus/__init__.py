"""``parallax corpus``: the engine over a large collection, on Dask (the ``corpus`` extra).

The steps are the engine's own, cut so that each can run as a task:

1. every file is loaded and analysed on its own (:func:`app.corpus.plan.analyse`): the
   :class:`~app.model.Document`, its load notes and a MinHash signature of its words;
2. MinHash/LSH over those signatures gives candidate pairs, and the candidate graph is
   cut into blocks of at most :data:`app.corpus.lsh.MAX_BLOCK` documents
   (:func:`app.corpus.lsh.blocks`);
3. each block is grouped into stories by :func:`app.stories`, exactly as ``parallax
   stories`` groups a folder;
4. each story is compared by :func:`app.compare` and written as the JSON that
   ``parallax compare --one-story`` writes for its files, and ``index.jsonl`` lists the
   stories, wire-copy runs and quote groups of the whole corpus.

:func:`app.corpus.plan.run_in_process` does the same steps in this process; the Dask
run (:mod:`app.corpus.run`) must write byte-for-byte the same files. Nothing here but
:mod:`app.corpus.run` imports Dask, and nothing outside this package imports it at all,
so ``app`` keeps importing where the extra is not installed.
"""
