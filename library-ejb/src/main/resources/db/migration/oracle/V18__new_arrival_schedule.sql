-- The new-arrival mailing (V13, the alerts) joins the scheduled jobs: daily at 06:00 library time.
insert into job_schedule (job_name, expression, zone, enabled, parameters) values ('new-arrival-mail', '0 6 * * *', 'Asia/Tokyo', 1, ' ');
