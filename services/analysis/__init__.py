"""What the numbers say: metrics, the ladder, the figures cached on each customer, the dashboard."""
