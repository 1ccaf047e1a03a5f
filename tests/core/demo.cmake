# The bundled demo plan (resources/demo-plan.json): a healthy plan at base with downside risk
# at P10. Golden numbers: tests/data/demo/golden.py.
funnelcast_add_test(tst_demoplan LIBS fc_forecast fc_io)
