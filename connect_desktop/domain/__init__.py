"""Pure business rules: money, working days, payment options, lifecycles.

Standard library, ``holidays`` and ``babel`` only: no Qt, no SQL, no I/O.
"""
