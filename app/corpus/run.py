"""The corpus run on Dask: a local cluster on this machine, or an existing one.

The driver (:func:`app.corpus.plan.drive`) is the same as in-process; this backend
sends its work to the workers: each file is loaded and analysed by a task of its own
and its :class:`~app.corpus.plan.Analysed` stays on the worker that made it; only its
small :class:`~app.corpus.plan.Head` (path, id, problems, signature) comes back. The
grouping and comparison tasks take the analysed files they need as arguments, so Dask
moves documents between workers only when a story's articles were loaded on different
ones. Story files come back to the driver, which writes them: the output folder needs
to exist only where ``parallax corpus`` runs. The input files must be readable at the
same paths on every worker (on a cluster: a shared file system).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import ExitStack
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.corpus import plan
from app.grouping import Story

if TYPE_CHECKING:
    from distributed import Client, Future, LocalCluster

# What the extra must provide; the CLI checks these before it starts.
REQUIRED = ("dask", "distributed", "datasketch")


def missing() -> list[str]:
    """The modules of the ``corpus`` extra that cannot be imported here."""
    import importlib.util

    return [m for m in REQUIRED if importlib.util.find_spec(m) is None]


def _head(analysed: plan.Analysed) -> plan.Head:
    return analysed.head


def _group(sizes: Sequence[int], *analysed: plan.Analysed) -> list[list[Story]]:
    """Grouping task: ``analysed`` holds the blocks one after the other, ``sizes`` long."""
    blocks, k = [], 0
    for n in sizes:
        blocks.append([a.document for a in analysed[k : k + n] if a.document is not None])
        k += n
    return plan.group(blocks)


def _compare(jobs: Sequence[plan.Job], *analysed: plan.Analysed) -> list[plan.StoryOutput]:
    """Comparison task: the jobs' files are in ``analysed``, one job after the other."""
    out, k = [], 0
    for job in jobs:
        n = len(job.files)
        out.append(plan.compare_story(job, analysed[k : k + n]))
        k += n
    return out


class DaskBackend:
    """The corpus steps as Dask tasks on ``client``'s cluster."""

    def __init__(self, client: Client) -> None:
        self.client = client
        self._analysed: list[Future] = []

    def analyse(self, files: Sequence[str]) -> list[plan.Head]:
        # pure=False: a file may have changed since a previous run on the same cluster.
        self._analysed = self.client.map(plan.analyse, list(files), pure=False)
        heads = self.client.map(_head, self._analysed, pure=False)
        return list(self.client.gather(heads))

    def group(self, blocks: Sequence[Sequence[int]]) -> list[list[Story]]:
        tasks = []
        for batch in plan.batches([len(b) for b in blocks], plan.GROUP_BATCH):
            sizes = [len(blocks[k]) for k in batch]
            args = [self._analysed[i] for k in batch for i in blocks[k]]
            tasks.append(self.client.submit(_group, sizes, *args, pure=False))
        return [stories for result in self.client.gather(tasks) for stories in result]

    def compare(self, jobs: Sequence[plan.Job]) -> Iterator[plan.StoryOutput]:
        from distributed import as_completed

        tasks = []
        for batch in plan.batches([len(j.files) for j in jobs], plan.COMPARE_BATCH):
            chosen = [jobs[k] for k in batch]
            args = [self._analysed[i] for j in chosen for i in j.files]
            tasks.append(self.client.submit(_compare, chosen, *args, pure=False))
        self._analysed = []  # the comparison tasks hold what they still need
        for done in as_completed(tasks):
            yield from done.result()
            done.release()


def local_cluster(workers: int | None, **options: Any) -> LocalCluster:
    """A Dask cluster of ``workers`` processes on this machine, listening on 127.0.0.1 only.

    ``options`` are passed on to :class:`distributed.LocalCluster` over these defaults.
    """
    from distributed import LocalCluster

    settings: dict[str, Any] = {
        "n_workers": workers,
        "threads_per_worker": 1,  # the engine is pure Python: processes, not threads
        "processes": True,
        "host": "127.0.0.1",
        "dashboard_address": "127.0.0.1:0",  # a free port: several runs may share a host
    }
    settings.update(options)
    return LocalCluster(**settings)


def run_corpus(
    paths: Sequence[str],
    out: str | Path,
    scheduler: str | None = None,
    workers: int | None = None,
    cluster_options: dict[str, Any] | None = None,
) -> plan.Summary:
    """Run the corpus on the cluster at ``scheduler``, or on a local one of ``workers``.

    A local cluster listens on this machine only (127.0.0.1) and is shut down at the end;
    a cluster joined by address is left running, as it was found.
    """
    from distributed import Client

    plan.prepare(Path(out))  # a folder that cannot be written fails before any cluster starts
    with ExitStack() as stack:
        if scheduler is None:
            address: Any = stack.enter_context(local_cluster(workers, **(cluster_options or {})))
        else:
            address = scheduler
        client = stack.enter_context(Client(address))
        summary = run_on(client, paths, out)
    return summary


def run_on(client: Client, paths: Sequence[str], out: str | Path) -> plan.Summary:
    """The corpus run on a client the caller holds (tests and benchmarks keep one)."""
    return plan.drive(paths, out, DaskBackend(client))
