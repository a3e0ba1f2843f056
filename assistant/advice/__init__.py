"""The advice itself: factors, what free text says about them, and the decision."""
