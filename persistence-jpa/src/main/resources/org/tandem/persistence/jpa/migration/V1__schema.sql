-- Tandem's schema, version 1. Plain SQL that H2 2.x and PostgreSQL 13+ both run unchanged: no partial indexes,
-- no vendor types. Free text is varchar(4000) rather than text, which H2 stores as a CLOB.

create table organization (
    id                               varchar(255) not null,
    name                             varchar(1000) not null,
    type                             varchar(32)  not null,
    parent_id                        varchar(255),
    partner_kind                     varchar(32),
    young_teacher_max_age            integer      not null,
    young_teacher_max_teaching_years integer      not null,
    min_mentor_experience_years      integer      not null,
    max_mentees_per_mentor           integer      not null,
    min_program_duration             varchar(32)  not null,
    max_program_duration             varchar(32)  not null,
    days_to_first_meeting            integer      not null,
    days_to_personalized_program     integer      not null,
    mentor_training_required         boolean      not null,
    version                          bigint       not null,
    constraint pk_organization primary key (id),
    constraint fk_organization_parent foreign key (parent_id) references organization (id),
    constraint ck_organization_capacity check (max_mentees_per_mentor > 0)
);

create table network_agreement (
    number          varchar(255) not null,
    first_org_id    varchar(255) not null,
    second_org_id   varchar(255) not null,
    valid_from      date         not null,
    valid_until     date         not null,
    version         bigint       not null,
    constraint pk_network_agreement primary key (number),
    constraint fk_agreement_first foreign key (first_org_id) references organization (id),
    constraint fk_agreement_second foreign key (second_org_id) references organization (id),
    constraint ck_agreement_parties check (first_org_id <> second_org_id),
    constraint ck_agreement_validity check (valid_until >= valid_from)
);

create table person (
    id         varchar(255)  not null,
    full_name  varchar(1000) not null,
    birth_date date,
    erased     boolean       not null,
    version    bigint        not null,
    constraint pk_person primary key (id)
);

create table person_role (
    person_id       varchar(255) not null,
    organization_id varchar(255) not null,
    role            varchar(32)  not null,
    constraint pk_person_role primary key (person_id, organization_id, role),
    constraint fk_person_role_person foreign key (person_id) references person (id),
    constraint fk_person_role_organization foreign key (organization_id) references organization (id)
);

create table person_consent (
    person_id      varchar(255)  not null,
    position       integer       not null,
    purpose        varchar(32)   not null,
    given_on       date          not null,
    given_by       varchar(32)   not null,
    representative varchar(1000),
    withdrawn_on   date,
    constraint pk_person_consent primary key (person_id, position),
    constraint fk_person_consent_person foreign key (person_id) references person (id)
);

create table mentee_profile (
    person_id        varchar(255) not null,
    category         varchar(32)  not null,
    preferred_format varchar(32)  not null,
    teaching_start   date,
    constraint pk_mentee_profile primary key (person_id),
    constraint fk_mentee_profile_person foreign key (person_id) references person (id)
);

create table mentee_subject (
    person_id varchar(255)  not null,
    subject   varchar(1000) not null,
    constraint pk_mentee_subject primary key (person_id, subject),
    constraint fk_mentee_subject_profile foreign key (person_id) references mentee_profile (person_id)
);

create table mentee_request (
    person_id varchar(255)  not null,
    position  integer       not null,
    request   varchar(4000) not null,
    constraint pk_mentee_request primary key (person_id, position),
    constraint fk_mentee_request_profile foreign key (person_id) references mentee_profile (person_id)
);

create table mentee_deficit (
    person_id varchar(255)  not null,
    code      varchar(255)  not null,
    name      varchar(1000) not null,
    constraint pk_mentee_deficit primary key (person_id, code),
    constraint fk_mentee_deficit_profile foreign key (person_id) references mentee_profile (person_id)
);

create table mentee_day (
    person_id varchar(255) not null,
    week_day  varchar(16)  not null,
    constraint pk_mentee_day primary key (person_id, week_day),
    constraint fk_mentee_day_profile foreign key (person_id) references mentee_profile (person_id)
);

create table mentee_observation (
    person_id   varchar(255)  not null,
    position    integer       not null,
    observation varchar(4000) not null,
    constraint pk_mentee_observation primary key (person_id, position),
    constraint fk_mentee_observation_profile foreign key (person_id) references mentee_profile (person_id)
);

create table mentor_profile (
    person_id                   varchar(255) not null,
    category                    varchar(32)  not null,
    career_start                date         not null,
    capacity                    integer      not null,
    training_completed          boolean      not null,
    willing_to_mentor_elsewhere boolean      not null,
    preferred_format            varchar(32)  not null,
    constraint pk_mentor_profile primary key (person_id),
    constraint fk_mentor_profile_person foreign key (person_id) references person (id),
    constraint ck_mentor_capacity check (capacity >= 0)
);

create table mentor_competency (
    person_id varchar(255)  not null,
    code      varchar(255)  not null,
    name      varchar(1000) not null,
    constraint pk_mentor_competency primary key (person_id, code),
    constraint fk_mentor_competency_profile foreign key (person_id) references mentor_profile (person_id)
);

create table mentor_subject (
    person_id varchar(255)  not null,
    subject   varchar(1000) not null,
    constraint pk_mentor_subject primary key (person_id, subject),
    constraint fk_mentor_subject_profile foreign key (person_id) references mentor_profile (person_id)
);

create table mentor_day (
    person_id varchar(255) not null,
    week_day  varchar(16)  not null,
    constraint pk_mentor_day primary key (person_id, week_day),
    constraint fk_mentor_day_profile foreign key (person_id) references mentor_profile (person_id)
);

create table mentor_achievement (
    person_id   varchar(255)  not null,
    position    integer       not null,
    achievement varchar(4000) not null,
    constraint pk_mentor_achievement primary key (person_id, position),
    constraint fk_mentor_achievement_profile foreign key (person_id) references mentor_profile (person_id)
);

-- The places a mentor's approved and active mentorships take, and the version every save that takes more places
-- must advance from the value it read: the lock that keeps concurrent approvals within the mentor's capacity.
create table mentor_load (
    mentor_id    varchar(255) not null,
    places_taken integer      not null,
    version      bigint       not null,
    constraint pk_mentor_load primary key (mentor_id),
    constraint fk_mentor_load_person foreign key (mentor_id) references person (id),
    constraint ck_mentor_load_places check (places_taken >= 0)
);

create table program (
    id              varchar(255)  not null,
    organization_id varchar(255)  not null,
    title           varchar(1000) not null,
    form_code       varchar(255)  not null,
    form_name_ru    varchar(1000) not null,
    form_name_en    varchar(1000) not null,
    period_start    date          not null,
    period_end      date          not null,
    curator_id      varchar(255)  not null,
    version         bigint        not null,
    constraint pk_program primary key (id),
    constraint fk_program_organization foreign key (organization_id) references organization (id),
    constraint fk_program_curator foreign key (curator_id) references person (id),
    constraint ck_program_period check (period_end >= period_start)
);

create table program_kind (
    program_id varchar(255) not null,
    kind       varchar(32)  not null,
    constraint pk_program_kind primary key (program_id, kind),
    constraint fk_program_kind_program foreign key (program_id) references program (id)
);

create table program_participant (
    program_id      varchar(255) not null,
    organization_id varchar(255) not null,
    constraint pk_program_participant primary key (program_id, organization_id),
    constraint fk_program_participant_program foreign key (program_id) references program (id),
    constraint fk_program_participant_organization foreign key (organization_id) references organization (id)
);

create table program_form_mentor_category (
    program_id varchar(255) not null,
    category   varchar(32)  not null,
    constraint pk_program_form_mentor_category primary key (program_id, category),
    constraint fk_program_form_mentor_category foreign key (program_id) references program (id)
);

create table program_form_mentee_category (
    program_id varchar(255) not null,
    category   varchar(32)  not null,
    constraint pk_program_form_mentee_category primary key (program_id, category),
    constraint fk_program_form_mentee_category foreign key (program_id) references program (id)
);

create table mentorship (
    id              varchar(255)  not null,
    program_id      varchar(255)  not null,
    mentor_id       varchar(255)  not null,
    proposed_on     date          not null,
    status          varchar(32)   not null,
    order_number    varchar(255),
    order_date      date,
    activated_on    date,
    ended_on        date,
    outcome         varchar(32),
    end_reason      varchar(4000),
    reassigned_from varchar(255),
    places_taken    integer       not null,
    version         bigint        not null,
    constraint pk_mentorship primary key (id),
    constraint fk_mentorship_program foreign key (program_id) references program (id),
    constraint fk_mentorship_mentor foreign key (mentor_id) references person (id),
    constraint fk_mentorship_reassigned_from foreign key (reassigned_from) references mentorship (id),
    constraint ck_mentorship_places check (places_taken >= 0),
    constraint ck_mentorship_order check ((order_number is null) = (order_date is null))
);

create index ix_mentorship_mentor on mentorship (mentor_id);
create index ix_mentorship_program on mentorship (program_id);

-- One approved or active mentorship per mentee and program, portably: active_program_id holds the program only
-- while the membership is current and its mentorship holds capacity, and null otherwise. Both databases treat
-- nulls as distinct in a unique constraint, so closed and proposed memberships never collide.
create table mentorship_membership (
    mentorship_id     varchar(255)  not null,
    position          integer       not null,
    mentee_id         varchar(255)  not null,
    joined_on         date          not null,
    left_on           date,
    left_because      varchar(4000),
    active_program_id varchar(255),
    constraint pk_mentorship_membership primary key (mentorship_id, position),
    constraint fk_membership_mentorship foreign key (mentorship_id) references mentorship (id),
    constraint fk_membership_mentee foreign key (mentee_id) references person (id),
    constraint fk_membership_active_program foreign key (active_program_id) references program (id),
    constraint uq_membership_active_program unique (mentee_id, active_program_id),
    constraint ck_membership_dates check (left_on is null or left_on >= joined_on)
);

create index ix_membership_mentee on mentorship_membership (mentee_id);

create table mentorship_meeting (
    mentorship_id varchar(255)  not null,
    position      integer       not null,
    type          varchar(32)   not null,
    held_on       date          not null,
    summary       varchar(4000) not null,
    constraint pk_mentorship_meeting primary key (mentorship_id, position),
    constraint fk_meeting_mentorship foreign key (mentorship_id) references mentorship (id)
);

create table mentorship_feedback (
    id            bigint generated by default as identity,
    mentorship_id varchar(255)  not null,
    position      integer       not null,
    respondent_id varchar(255)  not null,
    role          varchar(32)   not null,
    stage         varchar(32)   not null,
    given_on      date          not null,
    comment       varchar(4000) not null,
    constraint pk_mentorship_feedback primary key (id),
    constraint fk_feedback_mentorship foreign key (mentorship_id) references mentorship (id),
    constraint fk_feedback_respondent foreign key (respondent_id) references person (id),
    constraint uq_feedback_position unique (mentorship_id, position)
);

create table mentorship_feedback_rating (
    feedback_id bigint        not null,
    question    varchar(1000) not null,
    rating      integer       not null,
    constraint pk_feedback_rating primary key (feedback_id, question),
    constraint fk_feedback_rating_feedback foreign key (feedback_id) references mentorship_feedback (id),
    constraint ck_feedback_rating check (rating between 1 and 5)
);

create table personalized_program (
    id            varchar(255) not null,
    mentorship_id varchar(255) not null,
    period_start  date         not null,
    period_end    date         not null,
    drafted_on    date         not null,
    version       bigint       not null,
    constraint pk_personalized_program primary key (id),
    constraint fk_personalized_program_mentorship foreign key (mentorship_id) references mentorship (id),
    constraint uq_personalized_program_mentorship unique (mentorship_id),
    constraint ck_personalized_program_period check (period_end >= period_start)
);

create table personalized_program_goal (
    program_id   varchar(255)  not null,
    position     integer       not null,
    number       integer       not null,
    description  varchar(4000) not null,
    deficit_code varchar(255)  not null,
    deficit_name varchar(1000) not null,
    assessment   varchar(32),
    constraint pk_pp_goal primary key (program_id, position),
    constraint fk_pp_goal_program foreign key (program_id) references personalized_program (id),
    constraint uq_pp_goal_number unique (program_id, number)
);

create table personalized_program_task (
    program_id     varchar(255)  not null,
    position       integer       not null,
    number         integer       not null,
    title          varchar(4000) not null,
    deadline       date          not null,
    responsible_id varchar(255)  not null,
    done_on        date,
    constraint pk_pp_task primary key (program_id, position),
    constraint fk_pp_task_program foreign key (program_id) references personalized_program (id),
    constraint fk_pp_task_responsible foreign key (responsible_id) references person (id),
    constraint uq_pp_task_number unique (program_id, number)
);

create table personalized_program_result (
    program_id varchar(255)  not null,
    position   integer       not null,
    result     varchar(4000) not null,
    constraint pk_pp_result primary key (program_id, position),
    constraint fk_pp_result_program foreign key (program_id) references personalized_program (id)
);

-- The audit log: append only, no foreign keys, so that it outlives what it tells about.
create table audit_event (
    id          bigint generated by default as identity,
    type        varchar(64)                 not null,
    actor_id    varchar(255)                not null,
    occurred_at timestamp(6) with time zone not null,
    subject     varchar(255)                not null,
    subject_id  varchar(255)                not null,
    constraint pk_audit_event primary key (id)
);

create index ix_audit_event_subject on audit_event (subject, subject_id);

create table audit_event_change (
    event_id bigint        not null,
    name     varchar(255)  not null,
    change_value varchar(4000) not null,
    constraint pk_audit_event_change primary key (event_id, name),
    constraint fk_audit_event_change_event foreign key (event_id) references audit_event (id)
);
