"""The trainee's window: choose a script, read the brief, chat with the customer, learn from
the scorecard (issue 9). ``TrainerWindow`` in :mod:`gui.trainer.window` assembles the pages."""
