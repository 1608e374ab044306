-- Kushiro City Library: its branches and pickup stations, as the patron guide lists them
-- (釧路市図書館 WEBサービス 利用案内, 連絡先 and 受取ステーション). Reference data, loaded in every
-- environment; another city replaces this folder through LIBRARY_SEED. Portable SQL (PostgreSQL, Oracle).
-- The guide lists the bookmobile stop つくばエクスプレス twice; it is one stop.
-- Addresses and opening hours are not in the guide and are left for the library to fill in.

insert into library_system (code, name_ja, name_en) values ('kushiro', '釧路市図書館', 'Kushiro City Library');

insert into branch (code, kind, name_ja, name_en, phone, phone_note_ja, phone_note_en, pickup_location, display_order)
    values ('central', 'LIBRARY', '釧路市中央図書館', 'Kushiro City Central Library', '0154-64-1740', '音声ガイダンスでご案内します', 'Automated voice guidance answers first', true, 10);
insert into branch (code, kind, name_ja, name_en, phone, phone_note_ja, phone_note_en, pickup_location, display_order)
    values ('onbetsu', 'LIBRARY', '音別町ふれあい図書館', 'Onbetsu Fureai Library', '01547-6-3435', null, null, true, 20);
insert into branch (code, kind, name_ja, name_en, phone, phone_note_ja, phone_note_en, pickup_location, display_order)
    values ('akan', 'LIBRARY', '阿寒町公民館図書室', 'Akan Community Centre Library Room', '0154-66-2222', null, null, true, 30);
insert into branch (code, kind, name_ja, name_en, phone, phone_note_ja, phone_note_en, pickup_location, display_order)
    values ('west', 'LIBRARY', '西部地区図書館 (コア鳥取内)', 'West District Library (in Core Tottori)', '0154-53-3499', null, null, true, 40);
insert into branch (code, kind, name_ja, name_en, phone, phone_note_ja, phone_note_en, pickup_location, display_order)
    values ('east', 'LIBRARY', '東部地区図書館 (コア大空内)', 'East District Library (in Core Ozora)', '0154-91-0604', null, null, true, 50);
insert into branch (code, kind, name_ja, name_en, phone, phone_note_ja, phone_note_en, pickup_location, display_order)
    values ('central-district', 'LIBRARY', '中部地区図書館 (コアかがやき内)', 'Central District Library (in Core Kagayaki)', '0154-38-5499', null, null, true, 60);
insert into branch (code, kind, name_ja, name_en, phone, phone_note_ja, phone_note_en, pickup_location, display_order)
    values ('bookmobile', 'BOOKMOBILE', '図書館バス (釧路BM)', 'Library Bus (Kushiro Bookmobile)', null, null, null, true, 70);

-- 中央図書館: 窓口受取 (the holds counter is on the 4th floor) or 予約取置室.
insert into pickup_station (branch_id, code, kind, name_ja, name_en, display_order)
    select id, 'counter', 'COUNTER', '窓口受取 (4階 予約本受取窓口)', 'Holds counter (4th floor)', 10 from branch where code = 'central';
insert into pickup_station (branch_id, code, kind, name_ja, name_en, display_order)
    select id, 'hold-shelf-room', 'HOLD_SHELF_ROOM', '予約取置室', 'Hold-shelf room', 20 from branch where code = 'central';

-- 図書館バス: its stops, in the guide's order.
insert into pickup_station (branch_id, code, kind, name_ja, name_en, display_order)
    select id, 'stop-01', 'BOOKMOBILE_STOP', '山花小・中学校', 'Yamahana Elementary and Junior High School', 10 from branch where code = 'bookmobile';
insert into pickup_station (branch_id, code, kind, name_ja, name_en, display_order)
    select id, 'stop-02', 'BOOKMOBILE_STOP', 'イオン御園店', 'AEON Misono', 20 from branch where code = 'bookmobile';
insert into pickup_station (branch_id, code, kind, name_ja, name_en, display_order)
    select id, 'stop-03', 'BOOKMOBILE_STOP', 'つくばエクスプレス', 'Tsukuba Express', 30 from branch where code = 'bookmobile';
insert into pickup_station (branch_id, code, kind, name_ja, name_en, display_order)
    select id, 'stop-04', 'BOOKMOBILE_STOP', '白樺まほろば学園', 'Shirakaba Mahoroba Gakuen', 40 from branch where code = 'bookmobile';
insert into pickup_station (branch_id, code, kind, name_ja, name_en, display_order)
    select id, 'stop-05', 'BOOKMOBILE_STOP', 'アークス鳥取大通店', 'Arcs Tottori-Odori', 50 from branch where code = 'bookmobile';
insert into pickup_station (branch_id, code, kind, name_ja, name_en, display_order)
    select id, 'stop-06', 'BOOKMOBILE_STOP', '第1種ちゃん保育園', 'Daiichi Shu-chan Nursery School', 60 from branch where code = 'bookmobile';
insert into pickup_station (branch_id, code, kind, name_ja, name_en, display_order)
    select id, 'stop-07', 'BOOKMOBILE_STOP', '緑町スピードスクエア', 'Midorimachi Speed Square', 70 from branch where code = 'bookmobile';
insert into pickup_station (branch_id, code, kind, name_ja, name_en, display_order)
    select id, 'stop-08', 'BOOKMOBILE_STOP', 'ジョーワ・創路文化ホール', 'Jowa Soro Culture Hall', 80 from branch where code = 'bookmobile';
insert into pickup_station (branch_id, code, kind, name_ja, name_en, display_order)
    select id, 'stop-09', 'BOOKMOBILE_STOP', '駒場公園', 'Komaba Park', 90 from branch where code = 'bookmobile';
insert into pickup_station (branch_id, code, kind, name_ja, name_en, display_order)
    select id, 'stop-10', 'BOOKMOBILE_STOP', '春日公園', 'Kasuga Park', 100 from branch where code = 'bookmobile';
insert into pickup_station (branch_id, code, kind, name_ja, name_en, display_order)
    select id, 'stop-11', 'BOOKMOBILE_STOP', '光陽児童館', 'Koyo Children''s Centre', 110 from branch where code = 'bookmobile';
insert into pickup_station (branch_id, code, kind, name_ja, name_en, display_order)
    select id, 'stop-12', 'BOOKMOBILE_STOP', 'はしごの字園', 'Hashigonoji-en', 120 from branch where code = 'bookmobile';
insert into pickup_station (branch_id, code, kind, name_ja, name_en, display_order)
    select id, 'stop-13', 'BOOKMOBILE_STOP', '道草新園士団地', 'Michikusa Shin-Enshi Housing Estate', 130 from branch where code = 'bookmobile';
insert into pickup_station (branch_id, code, kind, name_ja, name_en, display_order)
    select id, 'stop-14', 'BOOKMOBILE_STOP', '最が瀬老人福祉センタ', 'Saigase Senior Welfare Centre', 140 from branch where code = 'bookmobile';
insert into pickup_station (branch_id, code, kind, name_ja, name_en, display_order)
    select id, 'stop-15', 'BOOKMOBILE_STOP', '大栗毛緑田ストア', 'Okurige Midorida Store', 150 from branch where code = 'bookmobile';
insert into pickup_station (branch_id, code, kind, name_ja, name_en, display_order)
    select id, 'stop-16', 'BOOKMOBILE_STOP', '大栗毛小学校', 'Okurige Elementary School', 160 from branch where code = 'bookmobile';
insert into pickup_station (branch_id, code, kind, name_ja, name_en, display_order)
    select id, 'stop-17', 'BOOKMOBILE_STOP', '春保支所', 'Haruho Branch Office', 170 from branch where code = 'bookmobile';
insert into pickup_station (branch_id, code, kind, name_ja, name_en, display_order)
    select id, 'stop-18', 'BOOKMOBILE_STOP', '生涯学習センター', 'Lifelong Learning Centre', 180 from branch where code = 'bookmobile';
