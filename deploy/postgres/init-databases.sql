-- One database per service (no service reads another's database). Run once by the postgres image's entrypoint
-- when the data volume is empty (/docker-entrypoint-initdb.d), as POSTGRES_USER; psql sets :USER to that user,
-- who owns the databases. Each service's Flyway migrations create its schema at start-up.
CREATE DATABASE personnel OWNER :"USER" ENCODING 'UTF8' TEMPLATE template0;
CREATE DATABASE retirement OWNER :"USER" ENCODING 'UTF8' TEMPLATE template0;
CREATE DATABASE reporting OWNER :"USER" ENCODING 'UTF8' TEMPLATE template0;
