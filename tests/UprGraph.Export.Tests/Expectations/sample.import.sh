#!/bin/sh
# Imports the CSV files of this folder into a NEW Neo4j database (offline; the database must not exist yet).
# Usage: NEO4J_HOME=/path/to/neo4j sh import.sh [database]      (Neo4j 3.x; the database defaults to graph.db)
# Neo4j 3.x on Java 17: neo4j-admin fails with "Could not get Throwable message field" unless the JDK is opened:
#   export JDK_JAVA_OPTIONS="$(for p in java.lang java.lang.reflect java.nio java.util java.util.concurrent java.io sun.nio.ch java.lang.invoke java.net jdk.internal.misc jdk.internal.ref sun.nio.fs; do printf -- '--add-opens=java.base/%s=ALL-UNNAMED ' $p; done)"
# The import summary of 3.x may under-count relationships: check with MATCH ()-[r]->() RETURN count(r).
# Files use neo4j-admin's defaults: "," between fields, ";" between array items, '"' quotes.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
database=${1:-graph.db}
"${NEO4J_HOME:?set NEO4J_HOME to the Neo4j installation}/bin/neo4j-admin" import --mode=csv --database="$database" \
  --nodes="$here/nodes-Document.csv" \
  --nodes="$here/nodes-Country.csv" \
  --nodes="$here/nodes-Stakeholder.csv" \
  --nodes="$here/nodes-Law.csv" \
  --nodes="$here/nodes-Article.csv" \
  --nodes="$here/nodes-Treaty.csv" \
  --nodes="$here/nodes-Issue.csv" \
  --relationships="$here/relationships-CRITICIZES.csv" \
  --relationships="$here/relationships-RECOMMENDS_AMENDING.csv" \
  --relationships="$here/relationships-RECOMMENDS_REPEALING.csv" \
  --relationships="$here/relationships-RECOMMENDS_ADOPTING.csv" \
  --relationships="$here/relationships-RECOMMENDS_RATIFYING.csv" \
  --relationships="$here/relationships-RAISES.csv" \
  --relationships="$here/relationships-PART_OF.csv" \
  --relationships="$here/relationships-MEMBER_OF.csv" \
  --relationships="$here/relationships-REVIEWS.csv" \
  --relationships="$here/relationships-LAW_OF.csv" \
  --relationships="$here/relationships-SUBMITTED_TO.csv"
# Neo4j 4.x: "$NEO4J_HOME/bin/neo4j-admin" import --database=neo4j --nodes="$here/nodes-Document.csv" --nodes="$here/nodes-Country.csv" --nodes="$here/nodes-Stakeholder.csv" --nodes="$here/nodes-Law.csv" --nodes="$here/nodes-Article.csv" --nodes="$here/nodes-Treaty.csv" --nodes="$here/nodes-Issue.csv" --relationships="$here/relationships-CRITICIZES.csv" --relationships="$here/relationships-RECOMMENDS_AMENDING.csv" --relationships="$here/relationships-RECOMMENDS_REPEALING.csv" --relationships="$here/relationships-RECOMMENDS_ADOPTING.csv" --relationships="$here/relationships-RECOMMENDS_RATIFYING.csv" --relationships="$here/relationships-RAISES.csv" --relationships="$here/relationships-PART_OF.csv" --relationships="$here/relationships-MEMBER_OF.csv" --relationships="$here/relationships-REVIEWS.csv" --relationships="$here/relationships-LAW_OF.csv" --relationships="$here/relationships-SUBMITTED_TO.csv"
# Neo4j 5.x: "$NEO4J_HOME/bin/neo4j-admin" database import full --nodes="$here/nodes-Document.csv" --nodes="$here/nodes-Country.csv" --nodes="$here/nodes-Stakeholder.csv" --nodes="$here/nodes-Law.csv" --nodes="$here/nodes-Article.csv" --nodes="$here/nodes-Treaty.csv" --nodes="$here/nodes-Issue.csv" --relationships="$here/relationships-CRITICIZES.csv" --relationships="$here/relationships-RECOMMENDS_AMENDING.csv" --relationships="$here/relationships-RECOMMENDS_REPEALING.csv" --relationships="$here/relationships-RECOMMENDS_ADOPTING.csv" --relationships="$here/relationships-RECOMMENDS_RATIFYING.csv" --relationships="$here/relationships-RAISES.csv" --relationships="$here/relationships-PART_OF.csv" --relationships="$here/relationships-MEMBER_OF.csv" --relationships="$here/relationships-REVIEWS.csv" --relationships="$here/relationships-LAW_OF.csv" --relationships="$here/relationships-SUBMITTED_TO.csv" neo4j
