"""Connect Desktop: an offline companion for freelancers on LittleBig Connection missions."""

__version__ = "0.1.0"
APP_NAME = "Connect Desktop"
