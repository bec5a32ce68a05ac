-- Spring Modulith's event publication registry (JDBC): an event for another module is written here in the
-- transaction that publishes it and marked complete when its listener has run, so that a crash loses none.
-- The columns of spring-modulith-events-jdbc 1.4's schema, in SQL that H2 (PostgreSQL mode) and PostgreSQL share.
create table event_publication (
    id               uuid          not null primary key,
    listener_id      varchar(512)  not null,
    event_type       varchar(512)  not null,
    serialized_event varchar(4000) not null,
    publication_date timestamp with time zone not null,
    completion_date  timestamp with time zone
);
create index event_publication_by_listener on event_publication (listener_id, serialized_event);
create index event_publication_by_completion_date on event_publication (completion_date);
