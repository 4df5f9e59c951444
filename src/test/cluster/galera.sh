#!/usr/bin/env bash
# A three-node MariaDB Galera cluster on 127.0.0.1 for the cluster test (issue "Scale out for real"), from Debian's
# mariadb-server and galera-4. Usage: galera.sh start | stop | kill N | start-node N | status
# Ports: SQL 13306-13308, group communication 14567-14569, IST 14577-14579, SST 14587-14589.
# Started as root, the nodes run as the "mysql" user: rsync SST drops to it (to nobody it would fail); started as
# another user, they run as that user.
set -euo pipefail
BASE=$(realpath -m "${CLUSTER_DIR:-target/galera}")
PASSWORD=${CLUSTER_PASSWORD:-cluster-test-password}
GCOMM="gcomm://127.0.0.1:14567,127.0.0.1:14568,127.0.0.1:14569"
if [ "$(id -u)" -eq 0 ]; then
  USER_LINE="user=mysql"
  OWNER="mysql:mysql"
else
  USER_LINE=""
  OWNER=""
fi

conf() {
  local n=$1
  cat > "$BASE/node$n.cnf" <<CNF
[mariadbd]
datadir=$BASE/node$n/data
socket=$BASE/node$n/mysqld.sock
pid-file=$BASE/node$n/mysqld.pid
log-error=$BASE/node$n/error.log
port=$((13305 + n))
bind-address=127.0.0.1
$USER_LINE
skip-name-resolve
binlog_format=ROW
default_storage_engine=InnoDB
innodb_autoinc_lock_mode=2
innodb_buffer_pool_size=64M
innodb_log_file_size=16M
wsrep_on=ON
wsrep_provider=/usr/lib/galera/libgalera_smm.so
wsrep_cluster_name=tremplin-test
wsrep_cluster_address=$GCOMM
wsrep_node_address=127.0.0.1:$((14566 + n))
wsrep_node_name=node$n
wsrep_provider_options="gmcast.listen_addr=tcp://127.0.0.1:$((14566 + n));ist.recv_addr=127.0.0.1:$((14576 + n));gcache.size=64M"
wsrep_sst_receive_address=127.0.0.1:$((14586 + n))
wsrep_sst_method=rsync
character-set-server=utf8mb4
collation-server=utf8mb4_unicode_ci
CNF
}

sql() {
  # mariadb-install-db gives the OS user who ran it an account of the same name (unix_socket).
  mariadb --no-defaults --socket="$BASE/node$1/mysqld.sock" -u"$(id -un)" -N -e "$2"
}

wait_ready() {
  local n=$1
  for _ in $(seq 1 120); do
    if [ "$(sql "$n" "SHOW STATUS LIKE 'wsrep_ready'" 2>/dev/null | awk '{print $2}')" = "ON" ]; then
      return 0
    fi
    sleep 0.5
  done
  echo "node$n not ready; its log:" >&2
  tail -30 "$BASE/node$n/error.log" >&2
  return 1
}

start_node() {
  local n=$1 extra=${2:-}
  conf "$n"
  mkdir -p "$BASE/node$n/data"
  [ -z "$OWNER" ] || chown -R "$OWNER" "$BASE/node$n"
  # shellcheck disable=SC2086
  setsid mariadbd --defaults-file="$BASE/node$n.cnf" $extra > "$BASE/node$n/stdout.log" 2>&1 < /dev/null &
  wait_ready "$n"
}

case "${1:-}" in
  start)
    rm -rf "$BASE"
    mkdir -p "$BASE/node1/data"
    chmod 755 "$BASE"
    conf 1
    [ -z "$OWNER" ] || chown -R "$OWNER" "$BASE/node1"
    mariadb-install-db --defaults-file="$BASE/node1.cnf" --auth-root-authentication-method=socket \
      --skip-test-db > "$BASE/install.log" 2>&1
    start_node 1 --wsrep-new-cluster
    sql 1 "CREATE DATABASE tremplin CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
           CREATE USER 'tremplin'@'127.0.0.1' IDENTIFIED BY '$PASSWORD';
           GRANT ALL PRIVILEGES ON tremplin.* TO 'tremplin'@'127.0.0.1';"
    start_node 2
    start_node 3
    echo "cluster size: $(sql 1 "SHOW STATUS LIKE 'wsrep_cluster_size'" | awk '{print $2}')"
    ;;
  start-node)
    start_node "$2"
    ;;
  kill)
    kill -9 "$(cat "$BASE/node$2/mysqld.pid")"
    ;;
  status)
    for n in 1 2 3; do
      echo "node$n: $(sql "$n" "SHOW STATUS LIKE 'wsrep_cluster_size'" 2>/dev/null | awk '{print $2}')"
    done
    ;;
  stop)
    for n in 1 2 3; do
      if [ -f "$BASE/node$n/mysqld.pid" ]; then
        kill -9 "$(cat "$BASE/node$n/mysqld.pid")" 2>/dev/null || true
      fi
    done
    ;;
  *)
    echo "usage: $0 start | stop | kill N | start-node N | status" >&2
    exit 2
    ;;
esac
