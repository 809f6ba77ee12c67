"""Entities: the actor knowledge base (states, regions, organisations, media, people) that Sorot's actor matching draws on."""
