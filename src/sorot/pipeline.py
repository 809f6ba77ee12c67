"""Named, versioned stages and the runner that streams pages through them.

A stage is a function `Page -> None` that adds to the page (usually to its
articles) and never destroys input. It is registered with the fields it needs
and the fields it adds; `Pipeline` checks when it is built that every need is met
by the input or by an earlier stage, so a misordered pipeline fails at once with
a message that says how to fix it.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from sorot.record import Page, Rejected, Rejection

# What a freshly read page provides before any stage runs.
INPUT_FIELDS = frozenset({"page.raw", "page.fmt", "page.meta"})


@dataclass(frozen=True)
class Stage:
    name: str
    version: str
    requires: frozenset[str]
    assigns: frozenset[str]
    func: Callable[[Page], None]

    def __call__(self, page: Page) -> None:
        self.func(page)
        for article in page.articles:
            article.stages[self.name] = self.version


_REGISTRY: dict[str, Stage] = {}


def stage(name: str, version: str, requires: Iterable[str] = (), assigns: Iterable[str] = ()):
    """Register a function as a pipeline stage under `name`."""

    def register(func: Callable[[Page], None]) -> Callable[[Page], None]:
        if name in _REGISTRY and _REGISTRY[name].func is not func:
            raise ValueError(f"stage {name!r} is registered twice")
        _REGISTRY[name] = Stage(name, version, frozenset(requires), frozenset(assigns), func)
        return func

    return register


def registered_stages() -> dict[str, Stage]:
    _load_builtin_stages()
    return dict(_REGISTRY)


def _load_builtin_stages() -> None:
    # Importing the stage modules registers them.
    import sorot.claims.stage  # noqa: F401
    import sorot.clean.stage  # noqa: F401
    import sorot.entities.stage  # noqa: F401
    import sorot.events.stage  # noqa: F401
    import sorot.stories.signature  # noqa: F401
    import sorot.text.stage  # noqa: F401
    import sorot.time.stage  # noqa: F401


DEFAULT_STAGES = ("clean", "language", "sentences", "signature", "time", "actors", "events", "claims")


class PipelineError(ValueError):
    pass


class Pipeline:
    """An ordered list of stages, checked when built."""

    def __init__(self, names: Iterable[str] = DEFAULT_STAGES) -> None:
        available = registered_stages()
        self.stages: list[Stage] = []
        provided = set(INPUT_FIELDS)
        for name in names:
            if name not in available:
                raise PipelineError(
                    f"unknown stage {name!r}; registered stages: {', '.join(sorted(available))}"
                )
            current = available[name]
            missing = current.requires - provided
            if missing:
                providers = sorted(
                    other.name for other in available.values() if other.assigns & missing
                )
                raise PipelineError(
                    f"stage {name!r} needs {', '.join(sorted(missing))}, which no earlier stage "
                    f"adds; put one of {', '.join(providers) or '(none registered)'} before it"
                )
            provided |= current.assigns
            self.stages.append(current)

    @property
    def versions(self) -> dict[str, str]:
        return {s.name: s.version for s in self.stages}

    def process(self, page: Page) -> Page | Rejection:
        """Run every stage on one page; a stage's `Rejected` becomes a `Rejection`."""
        current = None
        try:
            for current in self.stages:
                current(page)
        except Rejected as rejected:
            return Rejection(page.source_id, page.source_path, rejected.reason, rejected.detail)
        except Exception as error:  # a stage's bug costs this page, not the batch
            return Rejection(page.source_id, page.source_path, "stage_error",
                             f"{current.name if current else '?'}: {type(error).__name__}: {error}")
        if not page.articles:
            return Rejection(page.source_id, page.source_path, "no_content", "no article text left after cleaning")
        return page

    def pipe(self, pages: Iterable[Page | Rejection], workers: int = 1, batch_size: int = 64) -> Iterator[Page | Rejection]:
        """Stream pages through the stages, in input order, with `workers` processes.

        Input is taken `batch_size` pages at a time, so memory stays bounded however
        large the input. Rejections produced while reading input pass through
        unchanged: the caller sees every input exactly once and in order.
        """
        if workers <= 1:
            for item in pages:
                yield item if isinstance(item, Rejection) else self.process(item)
            return
        context = multiprocessing.get_context("fork")
        names = tuple(s.name for s in self.stages)
        with context.Pool(workers, initializer=_init_worker, initargs=(names,)) as pool:
            # One batch computes in the workers while the caller consumes the one before.
            pending = None
            for batch in batched(pages, batch_size):
                submitted = pool.map_async(_process_in_worker, batch, chunksize=max(1, len(batch) // (workers * 4)))
                if pending is not None:
                    yield from pending.get()
                pending = submitted
            if pending is not None:
                yield from pending.get()


def batched(items: Iterable, size: int) -> Iterator[list]:
    batch: list = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


_WORKER_PIPELINE: Pipeline | None = None


def _init_worker(names: tuple[str, ...]) -> None:
    global _WORKER_PIPELINE
    _WORKER_PIPELINE = Pipeline(names)


def _process_in_worker(item: Page | Rejection) -> Page | Rejection:
    if isinstance(item, Rejection):
        return item
    assert _WORKER_PIPELINE is not None
    return _WORKER_PIPELINE.process(item)
