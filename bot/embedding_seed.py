"""Write the bundled FAQ's vectors that ship with the project (``faq/embeddings``).

Run after editing ``faq/conference.yaml``: ``python -m bot.embedding_seed``. The seed
holds exactly the texts the bundled FAQ embeds, nothing from other files, so it stays
small; ``tests/semantic`` fails while a text of the bundled FAQ is missing from it.
A text the shipped seed already holds keeps its vector; then vectors already in the
local cache are taken from it; the rest are embedded now. Why keep them: the model's
vectors differ in the third decimal from one run to the next (threads sum in another
order), and a seed rewritten whole after a one-sentence edit moved answers with the
extra on questions the edit was not about (the fifty-fourth session).
"""

from __future__ import annotations

import sys
from pathlib import Path

from bot import embeddings
from bot.config import BUNDLED_FAQ, DEFAULT_EMBEDDING_CACHE
from bot.core.models import KnowledgeBase


def seed_keys(kb: KnowledgeBase) -> list[str]:
    """The cache keys of every text a knowledge base embeds, each once."""
    texts = [t for part in embeddings.texts_of(kb) for t in part]
    return list(dict.fromkeys(embeddings.EmbeddingCache.key(t.role, t.text) for t in texts))


def write_seed(kb: KnowledgeBase, seed: Path, cache_folder: Path | None) -> int:
    """Write ``seed``'s file with ``kb``'s vectors; how many rows it holds."""
    shipped = embeddings.EmbeddingCache(None, seed)  # the seed as it is, read before it
    cache = embeddings.EmbeddingCache(cache_folder, seed)  # is written again
    embeddings.build_search(kb, cache)  # embeds what neither holds
    rows = {}
    for key in seed_keys(kb):
        row = shipped.get(key)
        if row is None:
            row = cache.get(key)
        assert row is not None, "build_search embedded every text"
        rows[key] = row
    embeddings.write_vectors(seed / f"{embeddings.MODEL_NAME}.npz", rows)
    return len(rows)


def main() -> int:
    from bot.wiring import load_faq

    if not embeddings.available():
        print("the semantic extra is not installed: pip install -e '.[semantic]'",
              file=sys.stderr)
        return 1
    kb = load_faq(BUNDLED_FAQ).index.kb
    count = write_seed(kb, embeddings.SEED_FOLDER, DEFAULT_EMBEDDING_CACHE)
    print(f"wrote {count} vectors to {embeddings.SEED_FOLDER}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
