"""Text stages: folding with offset maps, tokens, paragraphs and sentences, boilerplate."""
