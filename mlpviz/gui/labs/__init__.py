"""The lecture's labs, each a tab of the Labs window."""
