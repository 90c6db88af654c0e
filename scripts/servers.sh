#!/usr/bin/env bash
# Installs (apt, when missing), starts and stops the real servers the integration tests use:
# PostgreSQL (registry source and Spring Batch job repository), ClickHouse (warehouse) and OpenLDAP's slapd
# (a directory for the portal's logins), each on a private port with its data under a scratch folder, so nothing
# touches system services.
#
#   scripts/servers.sh start|stop|status|env|restart-clickhouse|kill-clickhouse (the last two for crash tests)
#
# Ports and folder can be overridden: DJ_SCRATCH, DJ_PG_PORT, DJ_CH_HTTP_PORT, DJ_CH_TCP_PORT, DJ_LDAP_PORT.
set -euo pipefail

SCRATCH=${DJ_SCRATCH:-/tmp/dangjian-servers}
PG_PORT=${DJ_PG_PORT:-55432}
CH_HTTP_PORT=${DJ_CH_HTTP_PORT:-18123}
CH_TCP_PORT=${DJ_CH_TCP_PORT:-19000}
LDAP_PORT=${DJ_LDAP_PORT:-13389}
PG_DIR=$SCRATCH/pg
CH_DIR=$SCRATCH/clickhouse
LDAP_DIR=$SCRATCH/ldap
# The test directory: its suffix and administrator (the portal's LDAP test adds its own people under ou=people).
LDAP_SUFFIX="dc=dangjian,dc=test"
LDAP_ADMIN="cn=admin,$LDAP_SUFFIX"
LDAP_ADMIN_PASSWORD=${DJ_LDAP_ADMIN_PASSWORD:-dangjian-test-admin}

log() { echo "[servers] $*"; }

apt_install() {
  local missing=()
  for pkg in "$@"; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
  if ((${#missing[@]})); then
    log "installing ${missing[*]} (apt)"
    if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}

pg_bin() { ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1; }

# PostgreSQL refuses to run as root: when we are root, the cluster belongs to 'postgres'.
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

start_pg() {
  apt_install postgresql
  local bin; bin=$(pg_bin)
  mkdir -p "$SCRATCH"; chmod 755 "$SCRATCH"
  if [ ! -f "$PG_DIR/PG_VERSION" ]; then
    mkdir -p "$PG_DIR"
    [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$PG_DIR"
    as_pg "$bin/initdb" -D "$PG_DIR" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  fi
  if as_pg "$bin/pg_ctl" -D "$PG_DIR" status >/dev/null 2>&1; then
    log "PostgreSQL already running on port $PG_PORT"
  else
    as_pg "$bin/pg_ctl" -D "$PG_DIR" -l "$PG_DIR/server.log" -w -t 60 \
      -o "-p $PG_PORT -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
    log "PostgreSQL started on port $PG_PORT (data $PG_DIR)"
  fi
  for db in dangjian_registry dangjian_batch; do
    as_pg "$bin/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname='$db'" | grep -q 1 \
      || as_pg "$bin/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -qc "CREATE DATABASE $db" 
  done
}

stop_pg() {
  [ -f "$PG_DIR/PG_VERSION" ] || return 0
  as_pg "$(pg_bin)/pg_ctl" -D "$PG_DIR" -m fast stop >/dev/null 2>&1 && log "PostgreSQL stopped" || true
}

ch_config() {
  mkdir -p "$CH_DIR/data" "$CH_DIR/tmp" "$CH_DIR/user_files" "$CH_DIR/log"
  cat > "$CH_DIR/config.xml" <<XML
<?xml version="1.0"?>
<yandex>
  <logger><level>warning</level><log>$CH_DIR/log/server.log</log><errorlog>$CH_DIR/log/server.err.log</errorlog><size>100M</size><count>2</count></logger>
  <http_port>$CH_HTTP_PORT</http_port>
  <tcp_port>$CH_TCP_PORT</tcp_port>
  <listen_host>127.0.0.1</listen_host>
  <max_connections>256</max_connections>
  <max_concurrent_queries>50</max_concurrent_queries>
  <uncompressed_cache_size>268435456</uncompressed_cache_size>
  <mark_cache_size>268435456</mark_cache_size>
  <path>$CH_DIR/data/</path>
  <tmp_path>$CH_DIR/tmp/</tmp_path>
  <user_files_path>$CH_DIR/user_files/</user_files_path>
  <users_config>$CH_DIR/users.xml</users_config>
  <default_profile>default</default_profile>
  <default_database>default</default_database>
  <timezone>Asia/Shanghai</timezone>
  <mlock_executable>false</mlock_executable>
</yandex>
XML
  cat > "$CH_DIR/users.xml" <<XML
<?xml version="1.0"?>
<yandex>
  <profiles><default><max_memory_usage>4000000000</max_memory_usage><load_balancing>random</load_balancing></default></profiles>
  <users><default><password></password><networks><ip>127.0.0.1</ip><ip>::1</ip></networks><profile>default</profile><quota>default</quota></default></users>
  <quotas><default><interval><duration>3600</duration><queries>0</queries><errors>0</errors><result_rows>0</result_rows><read_rows>0</read_rows><execution_time>0</execution_time></interval></default></quotas>
</yandex>
XML
}

ch_up() { curl -fsS "http://127.0.0.1:$CH_HTTP_PORT/ping" >/dev/null 2>&1; }

start_ch() {
  apt_install clickhouse-server clickhouse-client curl
  if ch_up; then log "ClickHouse already running on port $CH_HTTP_PORT"; return 0; fi
  ch_config
  nohup /usr/sbin/clickhouse-server --config-file="$CH_DIR/config.xml" >"$CH_DIR/log/stdout.log" 2>&1 &
  echo $! > "$CH_DIR/server.pid"
  for _ in $(seq 1 120); do ch_up && break; sleep 0.5; done
  ch_up || { log "ClickHouse did not start; see $CH_DIR/log/server.err.log"; tail -20 "$CH_DIR/log/server.err.log" || true; exit 1; }
  log "ClickHouse started on HTTP port $CH_HTTP_PORT (data $CH_DIR)"
}

stop_ch() {
  [ -f "$CH_DIR/server.pid" ] || return 0
  local pid; pid=$(cat "$CH_DIR/server.pid" 2>/dev/null || true)
  [ -n "$pid" ] && kill "$pid" 2>/dev/null || true
  for _ in $(seq 1 60); do ch_up || break; sleep 0.5; done
  rm -f "$CH_DIR/server.pid"; log "ClickHouse stopped"
}

ldap_up() { [ -f "$LDAP_DIR/slapd.pid" ] && kill -0 "$(cat "$LDAP_DIR/slapd.pid" 2>/dev/null)" 2>/dev/null; }

# slapd with a slapd.conf of our own (schemas from the package, one mdb database), never the system's directory.
start_ldap() {
  apt_install slapd
  if ldap_up; then log "slapd already running on port $LDAP_PORT"; return 0; fi
  mkdir -p "$LDAP_DIR/data"
  cat > "$LDAP_DIR/slapd.conf" <<CONF
include /etc/ldap/schema/core.schema
include /etc/ldap/schema/cosine.schema
include /etc/ldap/schema/nis.schema
include /etc/ldap/schema/inetorgperson.schema
pidfile $LDAP_DIR/slapd.pid
argsfile $LDAP_DIR/slapd.args
modulepath /usr/lib/ldap
moduleload back_mdb
database mdb
maxsize 104857600
suffix "$LDAP_SUFFIX"
rootdn "$LDAP_ADMIN"
rootpw $(/usr/sbin/slappasswd -s "$LDAP_ADMIN_PASSWORD")
directory $LDAP_DIR/data
access to attrs=userPassword by self =xw by anonymous auth by * none
access to * by * read
CONF
  if [ ! -f "$LDAP_DIR/data/data.mdb" ]; then
    printf 'dn: %s\nobjectClass: dcObject\nobjectClass: organization\no: dangjian\ndc: dangjian\n\ndn: ou=people,%s\nobjectClass: organizationalUnit\nou: people\n' \
      "$LDAP_SUFFIX" "$LDAP_SUFFIX" | /usr/sbin/slapadd -q -f "$LDAP_DIR/slapd.conf" >/dev/null
  fi
  /usr/sbin/slapd -f "$LDAP_DIR/slapd.conf" -h "ldap://127.0.0.1:$LDAP_PORT/"
  for _ in $(seq 1 40); do ldap_up && break; sleep 0.25; done
  ldap_up || { log "slapd did not start: run /usr/sbin/slapd -d 1 -f $LDAP_DIR/slapd.conf to see why"; exit 1; }
  log "slapd started on port $LDAP_PORT (suffix $LDAP_SUFFIX, data $LDAP_DIR)"
}

stop_ldap() {
  ldap_up || return 0
  kill "$(cat "$LDAP_DIR/slapd.pid")" 2>/dev/null || true
  for _ in $(seq 1 40); do ldap_up || break; sleep 0.25; done
  log "slapd stopped"
}

print_env() {
  echo "export DJ_PG_URL=jdbc:postgresql://127.0.0.1:$PG_PORT/"
  echo "export DJ_PG_USER=postgres"
  echo "export DJ_CH_URL=http://127.0.0.1:$CH_HTTP_PORT"
  echo "export DJ_CH_DIR=$CH_DIR"
  echo "export DJ_LDAP_URL=ldap://127.0.0.1:$LDAP_PORT"
  echo "export DJ_LDAP_SUFFIX=$LDAP_SUFFIX"
}

case "${1:-}" in
  start) start_pg; start_ch; start_ldap ;;
  stop) stop_ldap; stop_ch; stop_pg ;;
  restart-clickhouse) stop_ch; start_ch ;;
  kill-clickhouse) kill -9 "$(cat "$CH_DIR/server.pid")" 2>/dev/null || true
                   for _ in $(seq 1 60); do ch_up || break; sleep 0.5; done; rm -f "$CH_DIR/server.pid"; log "ClickHouse killed (-9)" ;;
  status) ch_up && log "ClickHouse up" || log "ClickHouse down"
          as_pg "$(pg_bin)/pg_ctl" -D "$PG_DIR" status >/dev/null 2>&1 && log "PostgreSQL up" || log "PostgreSQL down"
          ldap_up && log "slapd up" || log "slapd down" ;;
  env) print_env ;;
  *) echo "usage: $0 start|stop|restart-clickhouse|kill-clickhouse|status|env" >&2; exit 2 ;;
esac
