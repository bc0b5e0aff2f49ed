"""Worker processes that each read their tasks from a pipe of their own.

What :mod:`app.pool` runs its offloads on, in place of the standard library's
``ProcessPoolExecutor``. Why: that pool hands a task to a worker through two threads of
the caller's process (its manager, then its call queue's feeder, which pickles it), and
each of them waits for the interpreter lock while the caller computes its own share:
measured on the two-core machine (two ~1,500-word articles, the desktop app's path), a
worker started a task 2.4 to 7 ms after it was sent. Here :meth:`PipePool.submit`
pickles the task and writes it to an idle worker's pipe itself, so the worker starts at
once; one thread, blocked in the operating system until a worker answers, reads the
results and gives a worker that finished the next task waiting.

That thread waits for the interpreter lock too, so a task handed over by it starts
late: the pair's quote grouping (:class:`app.pool.Sent`), sent while the worker still
quoted, started 5 to 9 ms after the quotes were done. A task that finds every worker
busy is therefore written into the pipe behind one worker's task at once, when it fits
in the pipe's buffer (the write then cannot block the caller) and that worker has none
behind it yet: the worker reads it as soon as it is done. Such a task counts as
started: it can no longer be cancelled, and its result is simply not read if nobody
wants it. One that does not fit waits here.

Measured against the standard pool, runs alternating between the two in one process
(two-core machine): two articles in the desktop app, medians 25.8 against 28.2 ms,
35.9 against 36.9, 34.0 against 35.3 (three runs of 60 each, the machine's speed
drifting between them); 200 articles, 2.11 against 2.31 s and 2.35 against 2.21 s,
no difference beyond the noise (a chunk of four documents takes long beside a hand-off).

Only the part of ``concurrent.futures.Executor`` that :mod:`app.pool` uses: ``submit``
(a :class:`~concurrent.futures.Future` that can be cancelled until a worker has it,
as the standard pool's) and ``shutdown``. A worker that dies breaks the pool, as it
breaks the standard one: every task out or waiting fails with ``BrokenProcessPool`` and
:meth:`PipePool.submit` raises it from then on; an error a task raises is the result of
that task alone.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import socket
import threading
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from multiprocessing.reduction import ForkingPickler
from typing import Any

Task = tuple[Future[Any], bytes]  # a future and its task, pickled


def _serve(conn: Connection) -> None:
    """A worker's life: each task read, run and answered, until the pipe says stop."""
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError, KeyboardInterrupt):
            return  # the caller went away (or the terminal's Ctrl-C reached us too)
        if task is None:
            return
        fn, args = task
        try:
            answer: tuple[bool, Any] = (True, fn(*args))
        except BaseException as exc:
            answer = (False, exc)
        try:
            conn.send(answer)
        except (EOFError, OSError):
            return
        except Exception as exc:  # a result or error that will not pickle
            conn.send((False, RuntimeError(f"the worker's answer would not pickle: {exc!r}")))


def _room(conn: Connection) -> int:
    """Bytes that surely fit in the empty pipe to a worker: half its send buffer (the
    kernel counts its own overhead against the rest); 0 where the pipe is no socket
    (Windows), so nothing is written behind a task there."""
    try:
        fd = conn.fileno()
        with socket.fromfd(fd, socket.AF_UNIX, socket.SOCK_STREAM) as s:
            return int(s.getsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF)) // 2
    except (AttributeError, OSError, ValueError):
        return 0


class PipePool:
    """``workers`` spawned processes, each fed through its own pipe (see the module)."""

    def __init__(self, workers: int) -> None:
        ctx = multiprocessing.get_context("spawn")  # see app.pool: never fork
        # Guards what changes below; re-entrant, as a done callback may submit.
        self._lock = threading.RLock()
        self._waiting: deque[Task] = deque()
        self._out: dict[Connection, deque[Future[Any]]] = {}  # each worker's, in order
        self._room: dict[Connection, int] = {}
        self._broken = False
        self._shut = False
        self._processes: list[BaseProcess] = []
        self._wake_read, self._wake = ctx.Pipe(duplex=False)  # stops the reading thread
        try:
            for _ in range(workers):
                mine, theirs = ctx.Pipe()
                # Daemonic: a worker never outlives the program, even one that quits
                # with a task out (nor starts processes of its own: app.pool.workers).
                p = ctx.Process(target=_serve, args=(theirs,), daemon=True,
                                name="parallax-worker")
                self._out[mine] = deque()
                p.start()
                theirs.close()
                self._processes.append(p)
                self._room[mine] = _room(mine)
        except BaseException:
            self._stop_all()
            raise
        self._reader = threading.Thread(target=self._read, name="parallax-results",
                                        daemon=True)
        self._reader.start()

    def submit(self, fn: Callable[..., Any], /, *args: Any) -> Future[Any]:
        """``fn(*args)`` in a worker: now if one is idle; else right after one's task if
        it fits behind it (see the module); else when a worker is free. Pickled here,
        once, whichever way it goes: a task that will not pickle fails at once."""
        f: Future[Any] = Future()
        try:
            data = bytes(ForkingPickler.dumps((fn, args)))
        except Exception as exc:
            f.set_exception(exc)
            return f
        with self._lock:
            if self._broken:
                raise BrokenProcessPool("a worker process died")
            if self._shut:
                raise RuntimeError("the pool was shut down")
            free = [c for c, out in self._out.items() if not out] or [
                c for c, out in self._out.items() if len(out) == 1 and len(data) <= self._room[c]
            ]
            if free:
                f.set_running_or_notify_cancel()
                self._start(free[0], (f, data))
            else:
                self._waiting.append((f, data))
        return f

    def _start(self, conn: Connection, task: Task) -> None:
        """Write ``task`` (its future running) to the worker at ``conn`` (lock held)."""
        f, data = task
        try:
            conn.send_bytes(data)
        except (EOFError, OSError) as exc:
            self._break(exc)
            f.set_exception(BrokenProcessPool(f"a worker process died ({exc!r})"))
            return
        self._out[conn].append(f)

    def _next(self, conn: Connection) -> None:
        """Give the worker at ``conn``, now free, the next task waiting (lock held)."""
        while self._waiting:
            task = self._waiting.popleft()
            if task[0].set_running_or_notify_cancel():  # False: cancelled while waiting
                self._start(conn, task)
                return

    def _read(self) -> None:
        """The reading thread: each answer to its task's future, until shut down and
        no task is out, or a worker dies."""
        while True:
            with self._lock:
                if self._broken or (self._shut and not any(self._out.values())):
                    break
            for conn in wait([*self._out, self._wake_read]):
                if conn is self._wake_read:
                    with contextlib.suppress(EOFError, OSError):
                        self._wake_read.recv_bytes()
                    continue
                assert isinstance(conn, Connection)
                try:
                    ok, value = conn.recv()
                except (EOFError, OSError) as exc:  # the worker died
                    with self._lock:
                        self._break(exc)
                    break
                except Exception as exc:
                    ok, value = False, exc
                with self._lock:
                    out = self._out[conn]
                    f = out.popleft() if out else None
                    self._next(conn)
                if f is not None:
                    if ok:
                        f.set_result(value)
                    else:
                        f.set_exception(value)
        self._stop_all()
        for p in self._processes:
            p.join(1.0)  # reaped here, off the caller's thread

    def _break(self, exc: BaseException) -> None:
        """A worker died: every task out or waiting fails (lock held)."""
        self._broken = True
        error = BrokenProcessPool(f"a worker process died ({exc!r})")
        for out in self._out.values():
            while out:
                out.popleft().set_exception(error)
        while self._waiting:
            f = self._waiting.popleft()[0]
            if f.set_running_or_notify_cancel():
                f.set_exception(error)
        with contextlib.suppress(OSError):
            self._wake.send_bytes(b"")

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        """Let the workers go once their tasks are done (``wait``: and wait for it);
        ``cancel_futures``: drop the tasks no worker has."""
        with self._lock:
            self._shut = True
            if cancel_futures:
                while self._waiting:
                    self._waiting.popleft()[0].cancel()
            with contextlib.suppress(OSError):
                self._wake.send_bytes(b"")
        if wait:
            self._reader.join()

    def _stop_all(self) -> None:
        """Tell every worker to stop (one with a task finishes it first)."""
        for conn in self._out:
            with contextlib.suppress(OSError, ValueError):
                conn.send(None)
            conn.close()

