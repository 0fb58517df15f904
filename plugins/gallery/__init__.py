"""Cluster House photo gallery: derivative images and their cache."""
