-- Version 2: questionnaire column mappings an organization saved for its form exports (core's ColumnMappings).
-- No personal data: only which column header holds which questionnaire field.

create table column_mapping (
    organization_id varchar(255) not null,
    id              varchar(255) not null,
    constraint pk_column_mapping primary key (organization_id, id),
    constraint fk_column_mapping_organization foreign key (organization_id) references organization (id)
);

create table column_mapping_column (
    organization_id varchar(255)  not null,
    mapping_id      varchar(255)  not null,
    field           varchar(64)   not null,
    header          varchar(1000) not null,
    constraint pk_column_mapping_column primary key (organization_id, mapping_id, field),
    constraint fk_column_mapping_column_mapping foreign key (organization_id, mapping_id)
        references column_mapping (organization_id, id)
);
