"""training: learn from coders' decisions, evaluate, and keep versioned models.

    from training.db_dataset import from_database          # finished encounters -> Dataset (labels per decision)
    from training.dataset import simulate_coders, split_by_encounter, split_by_time
    from training.rerank import CodingModel                 # CodingModel().fit(dataset)
    from training import registry                           # save / load_active / activate_version / rollback
    engine = registry.reranked(suggester, registry.load_active(model_dir, codeset_version))  # if not None

Models are joblib pickles: loading one runs code, so :mod:`training.registry` refuses paths outside the
model directory unless told to trust them.
"""
