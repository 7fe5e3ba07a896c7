"""Pure business rules: money, working days, payment options, lifecycles.

Standard library and ``babel`` only: no Qt, no SQL, no I/O.
"""
