"""The Directory section: professionals who may attend, their secrecy basis and missions; CSV
import."""
