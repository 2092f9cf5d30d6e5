-- 0028: the open tasks by due date, from the index alone. The 工作台
-- counts the overdue ones (not done and due before today) and lists the
-- most overdue on every open; the 督办 list sorts its scope by
-- rules.TaskOrder (overdue first, by due date, closed ones by closure) to
-- read one page of it; 「只看逾期」 filters by them. With (status, due,
-- closed_on) each of 'open' and 'doing' is a range read in due order with
-- the keys of the order at hand, instead of every open task's row looked up.

CREATE INDEX tasks_status_due ON tasks(status, due, closed_on);
