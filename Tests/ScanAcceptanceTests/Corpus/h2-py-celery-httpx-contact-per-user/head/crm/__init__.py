"""CRM integration."""
