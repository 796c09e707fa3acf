-- The daily retention clean-up deletes sent/failed outbox rows and old notifications by age.
create index notification_outbox_created_idx on notification_outbox (status, created_at);
create index notification_created_idx on notification_notification (created_at);
