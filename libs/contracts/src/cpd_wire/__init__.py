"""Hand-written parts of the wire contract that both sides of a call must compute the same way
(the generated stubs live in `cpd`)."""
