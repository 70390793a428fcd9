-- Version 4: for writing and reading large bases.
-- Audit events take their ids in blocks from id_block (Hibernate's table generator, 100 ids a block) rather than
-- from an identity column, whose value is known only after each single insert, so that they are written in JDBC
-- batches. The block starts after the events already stored.

create table id_block (
    name       varchar(255) not null,
    next_value bigint       not null,
    constraint pk_id_block primary key (name)
);

insert into id_block (name, next_value) select 'audit_event', coalesce(max(id), 0) + 1 from audit_event;

alter table audit_event alter column id drop identity;

-- People.withRole reads the people holding a role in an organization.
create index ix_person_role_organization on person_role (organization_id, role);
