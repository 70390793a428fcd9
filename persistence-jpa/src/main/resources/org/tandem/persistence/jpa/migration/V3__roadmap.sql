-- Version 3: roadmaps organizations keep (core's Roadmaps). The plan is core's roadmap JSON document
-- (format "tandem-roadmap", version 2, see RoadmapJson) in one column: a plan is read and replaced whole, never
-- queried by its parts, and its deadlines are a tree of a dozen kinds. What accumulates during the year, the
-- executions with their evidence, is relational. The plan may name responsible people (surname and initials):
-- see PersonalDataInventory. varchar(10485760) is PostgreSQL's longest varchar; H2 keeps it as varchar too.

create table roadmap (
    id       varchar(255)      not null,
    owner_id varchar(255)      not null,
    plan     varchar(10485760) not null,
    version  bigint            not null,
    constraint pk_roadmap primary key (id),
    constraint fk_roadmap_owner foreign key (owner_id) references organization (id)
);

create index ix_roadmap_owner on roadmap (owner_id);

create table roadmap_execution (
    roadmap_id      varchar(255)  not null,
    position        integer       not null,
    activity_number varchar(255)  not null,
    done_on         date          not null,
    document_number varchar(255),
    document_date   date,
    link            varchar(4000),
    constraint pk_roadmap_execution primary key (roadmap_id, position),
    constraint fk_roadmap_execution_roadmap foreign key (roadmap_id) references roadmap (id),
    constraint ck_roadmap_execution_evidence check (document_number is not null or link is not null),
    constraint ck_roadmap_execution_document check (document_date is null or document_number is not null)
);
