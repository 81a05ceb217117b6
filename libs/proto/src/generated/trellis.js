/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const trellis = $root.trellis = (() => {

    /**
     * Namespace trellis.
     * @exports trellis
     * @namespace
     */
    const trellis = {};

    trellis.feed = (function() {

        /**
         * Namespace feed.
         * @memberof trellis
         * @namespace
         */
        const feed = {};

        feed.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof trellis.feed
             * @namespace
             */
            const v1 = {};

            v1.Feed = (function() {

                /**
                 * Constructs a new Feed service.
                 * @memberof trellis.feed.v1
                 * @classdesc Represents a Feed
                 * @extends $protobuf.rpc.Service
                 * @constructor
                 * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
                 * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
                 * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
                 */
                const Feed = function(rpcImpl, requestDelimited, responseDelimited) {
                    $protobuf.rpc.Service.call(this, rpcImpl, requestDelimited, responseDelimited);
                };

                $Object.defineProperty(Feed.prototype = $Object.create($protobuf.rpc.Service.prototype), "constructor", { value: Feed, writable: true, enumerable: false, configurable: true });

                /**
                 * Creates new Feed service using the specified rpc implementation.
                 * @function create
                 * @memberof trellis.feed.v1.Feed
                 * @static
                 * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
                 * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
                 * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
                 * @returns {Feed} RPC service. Useful where requests and/or responses are streamed.
                 */
                Feed.create = function(rpcImpl, requestDelimited, responseDelimited) {
                    return new this(rpcImpl, requestDelimited, responseDelimited);
                };

                /**
                 * Callback as used by {@link trellis.feed.v1.Feed#watch}.
                 * @memberof trellis.feed.v1.Feed
                 * @typedef WatchCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {trellis.feed.v1.WatchResponse} [response] WatchResponse
                 */

                /**
                 * Calls Watch.
                 * @memberof trellis.feed.v1.Feed
                 * @typedef Watch
                 * @type {{
                 *   (request: trellis.feed.v1.IWatchRequest, callback: trellis.feed.v1.Feed.WatchCallback): void;
                 *   (request: trellis.feed.v1.IWatchRequest): Promise<trellis.feed.v1.WatchResponse>;
                 *   readonly name: "Watch";
                 *   readonly path: "/trellis.feed.v1.Feed/Watch";
                 *   readonly requestType: "WatchRequest";
                 *   readonly responseType: "WatchResponse";
                 *   readonly requestStream: undefined;
                 *   readonly responseStream: true;
                 * }}
                 */

                /**
                 * Calls Watch.
                 * @name trellis.feed.v1.Feed#watch
                 * @type {trellis.feed.v1.Feed.Watch}
                 */
                $Object.defineProperties(Feed.prototype.watch = function(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, Feed.prototype.watch, $root.trellis.feed.v1.WatchRequest, $root.trellis.feed.v1.WatchResponse, request, callback);
                }, {
                    name: { value: "Watch" },
                    path: { value: "/trellis.feed.v1.Feed/Watch" },
                    requestType: { value: "WatchRequest" },
                    responseType: { value: "WatchResponse" },
                    requestStream: { value: $undefined },
                    responseStream: { value: true }
                });

                /**
                 * Callback as used by {@link trellis.feed.v1.Feed#reportPortStatuses}.
                 * @memberof trellis.feed.v1.Feed
                 * @typedef ReportPortStatusesCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {trellis.feed.v1.ReportAcks} [response] ReportAcks
                 */

                /**
                 * Calls ReportPortStatuses.
                 * @memberof trellis.feed.v1.Feed
                 * @typedef ReportPortStatuses
                 * @type {{
                 *   (request: trellis.feed.v1.IPortStatusReports, callback: trellis.feed.v1.Feed.ReportPortStatusesCallback): void;
                 *   (request: trellis.feed.v1.IPortStatusReports): Promise<trellis.feed.v1.ReportAcks>;
                 *   readonly name: "ReportPortStatuses";
                 *   readonly path: "/trellis.feed.v1.Feed/ReportPortStatuses";
                 *   readonly requestType: "PortStatusReports";
                 *   readonly responseType: "ReportAcks";
                 *   readonly requestStream: undefined;
                 *   readonly responseStream: undefined;
                 * }}
                 */

                /**
                 * Calls ReportPortStatuses.
                 * @name trellis.feed.v1.Feed#reportPortStatuses
                 * @type {trellis.feed.v1.Feed.ReportPortStatuses}
                 */
                $Object.defineProperties(Feed.prototype.reportPortStatuses = function(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, Feed.prototype.reportPortStatuses, $root.trellis.feed.v1.PortStatusReports, $root.trellis.feed.v1.ReportAcks, request, callback);
                }, {
                    name: { value: "ReportPortStatuses" },
                    path: { value: "/trellis.feed.v1.Feed/ReportPortStatuses" },
                    requestType: { value: "PortStatusReports" },
                    responseType: { value: "ReportAcks" },
                    requestStream: { value: $undefined },
                    responseStream: { value: $undefined }
                });

                /**
                 * Callback as used by {@link trellis.feed.v1.Feed#reportHostLiveness}.
                 * @memberof trellis.feed.v1.Feed
                 * @typedef ReportHostLivenessCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {trellis.feed.v1.ReportAck} [response] ReportAck
                 */

                /**
                 * Calls ReportHostLiveness.
                 * @memberof trellis.feed.v1.Feed
                 * @typedef ReportHostLiveness
                 * @type {{
                 *   (request: trellis.feed.v1.IHostLivenessReport, callback: trellis.feed.v1.Feed.ReportHostLivenessCallback): void;
                 *   (request: trellis.feed.v1.IHostLivenessReport): Promise<trellis.feed.v1.ReportAck>;
                 *   readonly name: "ReportHostLiveness";
                 *   readonly path: "/trellis.feed.v1.Feed/ReportHostLiveness";
                 *   readonly requestType: "HostLivenessReport";
                 *   readonly responseType: "ReportAck";
                 *   readonly requestStream: undefined;
                 *   readonly responseStream: undefined;
                 * }}
                 */

                /**
                 * Calls ReportHostLiveness.
                 * @name trellis.feed.v1.Feed#reportHostLiveness
                 * @type {trellis.feed.v1.Feed.ReportHostLiveness}
                 */
                $Object.defineProperties(Feed.prototype.reportHostLiveness = function(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, Feed.prototype.reportHostLiveness, $root.trellis.feed.v1.HostLivenessReport, $root.trellis.feed.v1.ReportAck, request, callback);
                }, {
                    name: { value: "ReportHostLiveness" },
                    path: { value: "/trellis.feed.v1.Feed/ReportHostLiveness" },
                    requestType: { value: "HostLivenessReport" },
                    responseType: { value: "ReportAck" },
                    requestStream: { value: $undefined },
                    responseStream: { value: $undefined }
                });

                return Feed;
            })();

            v1.WatchRequest = (function() {

                /**
                 * Properties of a WatchRequest.
                 * @typedef {Object} trellis.feed.v1.WatchRequest.$Properties
                 * @property {number|null} [afterRevision] WatchRequest afterRevision
                 * @property {Array.<string>|null} [collections] WatchRequest collections
                 * @property {string|null} [consumer] WatchRequest consumer
                 * @property {number|null} [progressIntervalMs] WatchRequest progressIntervalMs
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a WatchRequest.
                 * @memberof trellis.feed.v1
                 * @interface IWatchRequest
                 * @augments trellis.feed.v1.WatchRequest.$Properties
                 * @deprecated Use trellis.feed.v1.WatchRequest.$Properties instead.
                 */

                /**
                 * Shape of a WatchRequest.
                 * @typedef {trellis.feed.v1.WatchRequest.$Properties} trellis.feed.v1.WatchRequest.$Shape
                 */

                /**
                 * Constructs a new WatchRequest.
                 * @memberof trellis.feed.v1
                 * @classdesc Represents a WatchRequest.
                 * @constructor
                 * @param {trellis.feed.v1.WatchRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const WatchRequest = function (properties) {
                    this.collections = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * WatchRequest afterRevision.
                 * @member {number} afterRevision
                 * @memberof trellis.feed.v1.WatchRequest
                 * @instance
                 */
                WatchRequest.prototype.afterRevision = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * WatchRequest collections.
                 * @member {Array.<string>} collections
                 * @memberof trellis.feed.v1.WatchRequest
                 * @instance
                 */
                WatchRequest.prototype.collections = $util.emptyArray;

                /**
                 * WatchRequest consumer.
                 * @member {string} consumer
                 * @memberof trellis.feed.v1.WatchRequest
                 * @instance
                 */
                WatchRequest.prototype.consumer = "";

                /**
                 * WatchRequest progressIntervalMs.
                 * @member {number} progressIntervalMs
                 * @memberof trellis.feed.v1.WatchRequest
                 * @instance
                 */
                WatchRequest.prototype.progressIntervalMs = 0;

                /**
                 * Creates a new WatchRequest instance using the specified properties.
                 * @function create
                 * @memberof trellis.feed.v1.WatchRequest
                 * @static
                 * @param {trellis.feed.v1.WatchRequest.$Properties=} [properties] Properties to set
                 * @returns {trellis.feed.v1.WatchRequest} WatchRequest instance
                 * @type {{
                 *   (properties: trellis.feed.v1.WatchRequest.$Shape): trellis.feed.v1.WatchRequest & trellis.feed.v1.WatchRequest.$Shape;
                 *   (properties?: trellis.feed.v1.WatchRequest.$Properties): trellis.feed.v1.WatchRequest;
                 * }}
                 */
                WatchRequest.create = function(properties) {
                    return new WatchRequest(properties);
                };

                /**
                 * Encodes the specified WatchRequest message. Does not implicitly {@link trellis.feed.v1.WatchRequest.verify|verify} messages.
                 * @function encode
                 * @memberof trellis.feed.v1.WatchRequest
                 * @static
                 * @param {trellis.feed.v1.WatchRequest.$Properties} message WatchRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                WatchRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.afterRevision != null && $Object.hasOwnProperty.call(message, "afterRevision") && (typeof message.afterRevision === "object" ? message.afterRevision.low || message.afterRevision.high : message.afterRevision !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.afterRevision);
                    if (message.collections != null && message.collections.length)
                        for (let i = 0; i < message.collections.length; ++i)
                            writer.uint32(/* id 2, wireType 2 =*/18).string(message.collections[i]);
                    if (message.consumer != null && $Object.hasOwnProperty.call(message, "consumer") && message.consumer !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.consumer);
                    if (message.progressIntervalMs != null && $Object.hasOwnProperty.call(message, "progressIntervalMs") && message.progressIntervalMs !== 0)
                        writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.progressIntervalMs);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a WatchRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof trellis.feed.v1.WatchRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {trellis.feed.v1.WatchRequest & trellis.feed.v1.WatchRequest.$Shape} WatchRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                WatchRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.trellis.feed.v1.WatchRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.afterRevision = value;
                                else
                                    delete message.afterRevision;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.collections && message.collections.length))
                                    message.collections = [];
                                message.collections.push(reader.stringVerify());
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.consumer = value;
                                else
                                    delete message.consumer;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.progressIntervalMs = value;
                                else
                                    delete message.progressIntervalMs;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for WatchRequest
                 * @function getTypeUrl
                 * @memberof trellis.feed.v1.WatchRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                WatchRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/trellis.feed.v1.WatchRequest";
                };

                return WatchRequest;
            })();

            /**
             * ChangeType enum.
             * @name trellis.feed.v1.ChangeType
             * @enum {number}
             * @property {number} CHANGE_TYPE_UNSPECIFIED=0 CHANGE_TYPE_UNSPECIFIED value
             * @property {number} CHANGE_TYPE_PUT=1 CHANGE_TYPE_PUT value
             * @property {number} CHANGE_TYPE_DELETE=2 CHANGE_TYPE_DELETE value
             */
            v1.ChangeType = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "CHANGE_TYPE_UNSPECIFIED"] = 0;
                values[valuesById[1] = "CHANGE_TYPE_PUT"] = 1;
                values[valuesById[2] = "CHANGE_TYPE_DELETE"] = 2;
                return values;
            })();

            v1.Change = (function() {

                /**
                 * Properties of a Change.
                 * @typedef {Object} trellis.feed.v1.Change.$Properties
                 * @property {trellis.feed.v1.ChangeType|null} [type] Change type
                 * @property {string|null} [collection] Change collection
                 * @property {string|null} [keyJson] Change keyJson
                 * @property {Uint8Array|null} [valueJson] Change valueJson
                 * @property {number|null} [createRevision] Change createRevision
                 * @property {number|null} [modRevision] Change modRevision
                 * @property {number|null} [version] Change version
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Change.
                 * @memberof trellis.feed.v1
                 * @interface IChange
                 * @augments trellis.feed.v1.Change.$Properties
                 * @deprecated Use trellis.feed.v1.Change.$Properties instead.
                 */

                /**
                 * Shape of a Change.
                 * @typedef {trellis.feed.v1.Change.$Properties} trellis.feed.v1.Change.$Shape
                 */

                /**
                 * Constructs a new Change.
                 * @memberof trellis.feed.v1
                 * @classdesc Represents a Change.
                 * @constructor
                 * @param {trellis.feed.v1.Change.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Change = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Change type.
                 * @member {trellis.feed.v1.ChangeType} type
                 * @memberof trellis.feed.v1.Change
                 * @instance
                 */
                Change.prototype.type = 0;

                /**
                 * Change collection.
                 * @member {string} collection
                 * @memberof trellis.feed.v1.Change
                 * @instance
                 */
                Change.prototype.collection = "";

                /**
                 * Change keyJson.
                 * @member {string} keyJson
                 * @memberof trellis.feed.v1.Change
                 * @instance
                 */
                Change.prototype.keyJson = "";

                /**
                 * Change valueJson.
                 * @member {Uint8Array} valueJson
                 * @memberof trellis.feed.v1.Change
                 * @instance
                 */
                Change.prototype.valueJson = $util.newBuffer([]);

                /**
                 * Change createRevision.
                 * @member {number} createRevision
                 * @memberof trellis.feed.v1.Change
                 * @instance
                 */
                Change.prototype.createRevision = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Change modRevision.
                 * @member {number} modRevision
                 * @memberof trellis.feed.v1.Change
                 * @instance
                 */
                Change.prototype.modRevision = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Change version.
                 * @member {number} version
                 * @memberof trellis.feed.v1.Change
                 * @instance
                 */
                Change.prototype.version = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new Change instance using the specified properties.
                 * @function create
                 * @memberof trellis.feed.v1.Change
                 * @static
                 * @param {trellis.feed.v1.Change.$Properties=} [properties] Properties to set
                 * @returns {trellis.feed.v1.Change} Change instance
                 * @type {{
                 *   (properties: trellis.feed.v1.Change.$Shape): trellis.feed.v1.Change & trellis.feed.v1.Change.$Shape;
                 *   (properties?: trellis.feed.v1.Change.$Properties): trellis.feed.v1.Change;
                 * }}
                 */
                Change.create = function(properties) {
                    return new Change(properties);
                };

                /**
                 * Encodes the specified Change message. Does not implicitly {@link trellis.feed.v1.Change.verify|verify} messages.
                 * @function encode
                 * @memberof trellis.feed.v1.Change
                 * @static
                 * @param {trellis.feed.v1.Change.$Properties} message Change message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Change.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).int32(message.type);
                    if (message.collection != null && $Object.hasOwnProperty.call(message, "collection") && message.collection !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.collection);
                    if (message.keyJson != null && $Object.hasOwnProperty.call(message, "keyJson") && message.keyJson !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.keyJson);
                    if (message.valueJson != null && $Object.hasOwnProperty.call(message, "valueJson") && message.valueJson.length)
                        writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.valueJson);
                    if (message.createRevision != null && $Object.hasOwnProperty.call(message, "createRevision") && (typeof message.createRevision === "object" ? message.createRevision.low || message.createRevision.high : message.createRevision !== 0))
                        writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.createRevision);
                    if (message.modRevision != null && $Object.hasOwnProperty.call(message, "modRevision") && (typeof message.modRevision === "object" ? message.modRevision.low || message.modRevision.high : message.modRevision !== 0))
                        writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.modRevision);
                    if (message.version != null && $Object.hasOwnProperty.call(message, "version") && (typeof message.version === "object" ? message.version.low || message.version.high : message.version !== 0))
                        writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.version);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Change message from the specified reader or buffer.
                 * @function decode
                 * @memberof trellis.feed.v1.Change
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {trellis.feed.v1.Change & trellis.feed.v1.Change.$Shape} Change
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Change.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.trellis.feed.v1.Change();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.type = value;
                                else
                                    delete message.type;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.collection = value;
                                else
                                    delete message.collection;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.keyJson = value;
                                else
                                    delete message.keyJson;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.valueJson = value;
                                else
                                    delete message.valueJson;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.createRevision = value;
                                else
                                    delete message.createRevision;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.modRevision = value;
                                else
                                    delete message.modRevision;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.version = value;
                                else
                                    delete message.version;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for Change
                 * @function getTypeUrl
                 * @memberof trellis.feed.v1.Change
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Change.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/trellis.feed.v1.Change";
                };

                return Change;
            })();

            v1.Revision = (function() {

                /**
                 * Properties of a Revision.
                 * @typedef {Object} trellis.feed.v1.Revision.$Properties
                 * @property {number|null} [revision] Revision revision
                 * @property {number|null} [timestampMs] Revision timestampMs
                 * @property {Array.<trellis.feed.v1.Change.$Properties>|null} [changes] Revision changes
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Revision.
                 * @memberof trellis.feed.v1
                 * @interface IRevision
                 * @augments trellis.feed.v1.Revision.$Properties
                 * @deprecated Use trellis.feed.v1.Revision.$Properties instead.
                 */

                /**
                 * Shape of a Revision.
                 * @typedef {trellis.feed.v1.Revision.$Properties} trellis.feed.v1.Revision.$Shape
                 */

                /**
                 * Constructs a new Revision.
                 * @memberof trellis.feed.v1
                 * @classdesc Represents a Revision.
                 * @constructor
                 * @param {trellis.feed.v1.Revision.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Revision = function (properties) {
                    this.changes = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Revision revision.
                 * @member {number} revision
                 * @memberof trellis.feed.v1.Revision
                 * @instance
                 */
                Revision.prototype.revision = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Revision timestampMs.
                 * @member {number} timestampMs
                 * @memberof trellis.feed.v1.Revision
                 * @instance
                 */
                Revision.prototype.timestampMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Revision changes.
                 * @member {Array.<trellis.feed.v1.Change.$Properties>} changes
                 * @memberof trellis.feed.v1.Revision
                 * @instance
                 */
                Revision.prototype.changes = $util.emptyArray;

                /**
                 * Creates a new Revision instance using the specified properties.
                 * @function create
                 * @memberof trellis.feed.v1.Revision
                 * @static
                 * @param {trellis.feed.v1.Revision.$Properties=} [properties] Properties to set
                 * @returns {trellis.feed.v1.Revision} Revision instance
                 * @type {{
                 *   (properties: trellis.feed.v1.Revision.$Shape): trellis.feed.v1.Revision & trellis.feed.v1.Revision.$Shape;
                 *   (properties?: trellis.feed.v1.Revision.$Properties): trellis.feed.v1.Revision;
                 * }}
                 */
                Revision.create = function(properties) {
                    return new Revision(properties);
                };

                /**
                 * Encodes the specified Revision message. Does not implicitly {@link trellis.feed.v1.Revision.verify|verify} messages.
                 * @function encode
                 * @memberof trellis.feed.v1.Revision
                 * @static
                 * @param {trellis.feed.v1.Revision.$Properties} message Revision message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Revision.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.revision != null && $Object.hasOwnProperty.call(message, "revision") && (typeof message.revision === "object" ? message.revision.low || message.revision.high : message.revision !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.revision);
                    if (message.timestampMs != null && $Object.hasOwnProperty.call(message, "timestampMs") && (typeof message.timestampMs === "object" ? message.timestampMs.low || message.timestampMs.high : message.timestampMs !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.timestampMs);
                    if (message.changes != null && message.changes.length)
                        for (let i = 0; i < message.changes.length; ++i)
                            $root.trellis.feed.v1.Change.encode(message.changes[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Revision message from the specified reader or buffer.
                 * @function decode
                 * @memberof trellis.feed.v1.Revision
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {trellis.feed.v1.Revision & trellis.feed.v1.Revision.$Shape} Revision
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Revision.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.trellis.feed.v1.Revision();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.revision = value;
                                else
                                    delete message.revision;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.timestampMs = value;
                                else
                                    delete message.timestampMs;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.changes && message.changes.length))
                                    message.changes = [];
                                message.changes.push($root.trellis.feed.v1.Change.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for Revision
                 * @function getTypeUrl
                 * @memberof trellis.feed.v1.Revision
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Revision.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/trellis.feed.v1.Revision";
                };

                return Revision;
            })();

            v1.SnapshotItem = (function() {

                /**
                 * Properties of a SnapshotItem.
                 * @typedef {Object} trellis.feed.v1.SnapshotItem.$Properties
                 * @property {string|null} [collection] SnapshotItem collection
                 * @property {string|null} [keyJson] SnapshotItem keyJson
                 * @property {Uint8Array|null} [valueJson] SnapshotItem valueJson
                 * @property {number|null} [createRevision] SnapshotItem createRevision
                 * @property {number|null} [modRevision] SnapshotItem modRevision
                 * @property {number|null} [version] SnapshotItem version
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a SnapshotItem.
                 * @memberof trellis.feed.v1
                 * @interface ISnapshotItem
                 * @augments trellis.feed.v1.SnapshotItem.$Properties
                 * @deprecated Use trellis.feed.v1.SnapshotItem.$Properties instead.
                 */

                /**
                 * Shape of a SnapshotItem.
                 * @typedef {trellis.feed.v1.SnapshotItem.$Properties} trellis.feed.v1.SnapshotItem.$Shape
                 */

                /**
                 * Constructs a new SnapshotItem.
                 * @memberof trellis.feed.v1
                 * @classdesc Represents a SnapshotItem.
                 * @constructor
                 * @param {trellis.feed.v1.SnapshotItem.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const SnapshotItem = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * SnapshotItem collection.
                 * @member {string} collection
                 * @memberof trellis.feed.v1.SnapshotItem
                 * @instance
                 */
                SnapshotItem.prototype.collection = "";

                /**
                 * SnapshotItem keyJson.
                 * @member {string} keyJson
                 * @memberof trellis.feed.v1.SnapshotItem
                 * @instance
                 */
                SnapshotItem.prototype.keyJson = "";

                /**
                 * SnapshotItem valueJson.
                 * @member {Uint8Array} valueJson
                 * @memberof trellis.feed.v1.SnapshotItem
                 * @instance
                 */
                SnapshotItem.prototype.valueJson = $util.newBuffer([]);

                /**
                 * SnapshotItem createRevision.
                 * @member {number} createRevision
                 * @memberof trellis.feed.v1.SnapshotItem
                 * @instance
                 */
                SnapshotItem.prototype.createRevision = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * SnapshotItem modRevision.
                 * @member {number} modRevision
                 * @memberof trellis.feed.v1.SnapshotItem
                 * @instance
                 */
                SnapshotItem.prototype.modRevision = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * SnapshotItem version.
                 * @member {number} version
                 * @memberof trellis.feed.v1.SnapshotItem
                 * @instance
                 */
                SnapshotItem.prototype.version = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new SnapshotItem instance using the specified properties.
                 * @function create
                 * @memberof trellis.feed.v1.SnapshotItem
                 * @static
                 * @param {trellis.feed.v1.SnapshotItem.$Properties=} [properties] Properties to set
                 * @returns {trellis.feed.v1.SnapshotItem} SnapshotItem instance
                 * @type {{
                 *   (properties: trellis.feed.v1.SnapshotItem.$Shape): trellis.feed.v1.SnapshotItem & trellis.feed.v1.SnapshotItem.$Shape;
                 *   (properties?: trellis.feed.v1.SnapshotItem.$Properties): trellis.feed.v1.SnapshotItem;
                 * }}
                 */
                SnapshotItem.create = function(properties) {
                    return new SnapshotItem(properties);
                };

                /**
                 * Encodes the specified SnapshotItem message. Does not implicitly {@link trellis.feed.v1.SnapshotItem.verify|verify} messages.
                 * @function encode
                 * @memberof trellis.feed.v1.SnapshotItem
                 * @static
                 * @param {trellis.feed.v1.SnapshotItem.$Properties} message SnapshotItem message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SnapshotItem.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.collection != null && $Object.hasOwnProperty.call(message, "collection") && message.collection !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.collection);
                    if (message.keyJson != null && $Object.hasOwnProperty.call(message, "keyJson") && message.keyJson !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.keyJson);
                    if (message.valueJson != null && $Object.hasOwnProperty.call(message, "valueJson") && message.valueJson.length)
                        writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.valueJson);
                    if (message.createRevision != null && $Object.hasOwnProperty.call(message, "createRevision") && (typeof message.createRevision === "object" ? message.createRevision.low || message.createRevision.high : message.createRevision !== 0))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.createRevision);
                    if (message.modRevision != null && $Object.hasOwnProperty.call(message, "modRevision") && (typeof message.modRevision === "object" ? message.modRevision.low || message.modRevision.high : message.modRevision !== 0))
                        writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.modRevision);
                    if (message.version != null && $Object.hasOwnProperty.call(message, "version") && (typeof message.version === "object" ? message.version.low || message.version.high : message.version !== 0))
                        writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.version);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a SnapshotItem message from the specified reader or buffer.
                 * @function decode
                 * @memberof trellis.feed.v1.SnapshotItem
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {trellis.feed.v1.SnapshotItem & trellis.feed.v1.SnapshotItem.$Shape} SnapshotItem
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SnapshotItem.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.trellis.feed.v1.SnapshotItem();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.collection = value;
                                else
                                    delete message.collection;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.keyJson = value;
                                else
                                    delete message.keyJson;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.valueJson = value;
                                else
                                    delete message.valueJson;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.createRevision = value;
                                else
                                    delete message.createRevision;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.modRevision = value;
                                else
                                    delete message.modRevision;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.version = value;
                                else
                                    delete message.version;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for SnapshotItem
                 * @function getTypeUrl
                 * @memberof trellis.feed.v1.SnapshotItem
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                SnapshotItem.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/trellis.feed.v1.SnapshotItem";
                };

                return SnapshotItem;
            })();

            v1.SnapshotChunk = (function() {

                /**
                 * Properties of a SnapshotChunk.
                 * @typedef {Object} trellis.feed.v1.SnapshotChunk.$Properties
                 * @property {number|null} [revision] SnapshotChunk revision
                 * @property {Array.<trellis.feed.v1.SnapshotItem.$Properties>|null} [items] SnapshotChunk items
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a SnapshotChunk.
                 * @memberof trellis.feed.v1
                 * @interface ISnapshotChunk
                 * @augments trellis.feed.v1.SnapshotChunk.$Properties
                 * @deprecated Use trellis.feed.v1.SnapshotChunk.$Properties instead.
                 */

                /**
                 * Shape of a SnapshotChunk.
                 * @typedef {trellis.feed.v1.SnapshotChunk.$Properties} trellis.feed.v1.SnapshotChunk.$Shape
                 */

                /**
                 * Constructs a new SnapshotChunk.
                 * @memberof trellis.feed.v1
                 * @classdesc Represents a SnapshotChunk.
                 * @constructor
                 * @param {trellis.feed.v1.SnapshotChunk.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const SnapshotChunk = function (properties) {
                    this.items = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * SnapshotChunk revision.
                 * @member {number} revision
                 * @memberof trellis.feed.v1.SnapshotChunk
                 * @instance
                 */
                SnapshotChunk.prototype.revision = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * SnapshotChunk items.
                 * @member {Array.<trellis.feed.v1.SnapshotItem.$Properties>} items
                 * @memberof trellis.feed.v1.SnapshotChunk
                 * @instance
                 */
                SnapshotChunk.prototype.items = $util.emptyArray;

                /**
                 * Creates a new SnapshotChunk instance using the specified properties.
                 * @function create
                 * @memberof trellis.feed.v1.SnapshotChunk
                 * @static
                 * @param {trellis.feed.v1.SnapshotChunk.$Properties=} [properties] Properties to set
                 * @returns {trellis.feed.v1.SnapshotChunk} SnapshotChunk instance
                 * @type {{
                 *   (properties: trellis.feed.v1.SnapshotChunk.$Shape): trellis.feed.v1.SnapshotChunk & trellis.feed.v1.SnapshotChunk.$Shape;
                 *   (properties?: trellis.feed.v1.SnapshotChunk.$Properties): trellis.feed.v1.SnapshotChunk;
                 * }}
                 */
                SnapshotChunk.create = function(properties) {
                    return new SnapshotChunk(properties);
                };

                /**
                 * Encodes the specified SnapshotChunk message. Does not implicitly {@link trellis.feed.v1.SnapshotChunk.verify|verify} messages.
                 * @function encode
                 * @memberof trellis.feed.v1.SnapshotChunk
                 * @static
                 * @param {trellis.feed.v1.SnapshotChunk.$Properties} message SnapshotChunk message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SnapshotChunk.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.revision != null && $Object.hasOwnProperty.call(message, "revision") && (typeof message.revision === "object" ? message.revision.low || message.revision.high : message.revision !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.revision);
                    if (message.items != null && message.items.length)
                        for (let i = 0; i < message.items.length; ++i)
                            $root.trellis.feed.v1.SnapshotItem.encode(message.items[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a SnapshotChunk message from the specified reader or buffer.
                 * @function decode
                 * @memberof trellis.feed.v1.SnapshotChunk
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {trellis.feed.v1.SnapshotChunk & trellis.feed.v1.SnapshotChunk.$Shape} SnapshotChunk
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SnapshotChunk.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.trellis.feed.v1.SnapshotChunk();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.revision = value;
                                else
                                    delete message.revision;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.items && message.items.length))
                                    message.items = [];
                                message.items.push($root.trellis.feed.v1.SnapshotItem.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for SnapshotChunk
                 * @function getTypeUrl
                 * @memberof trellis.feed.v1.SnapshotChunk
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                SnapshotChunk.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/trellis.feed.v1.SnapshotChunk";
                };

                return SnapshotChunk;
            })();

            v1.SnapshotEnd = (function() {

                /**
                 * Properties of a SnapshotEnd.
                 * @typedef {Object} trellis.feed.v1.SnapshotEnd.$Properties
                 * @property {number|null} [revision] SnapshotEnd revision
                 * @property {number|null} [itemCount] SnapshotEnd itemCount
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a SnapshotEnd.
                 * @memberof trellis.feed.v1
                 * @interface ISnapshotEnd
                 * @augments trellis.feed.v1.SnapshotEnd.$Properties
                 * @deprecated Use trellis.feed.v1.SnapshotEnd.$Properties instead.
                 */

                /**
                 * Shape of a SnapshotEnd.
                 * @typedef {trellis.feed.v1.SnapshotEnd.$Properties} trellis.feed.v1.SnapshotEnd.$Shape
                 */

                /**
                 * Constructs a new SnapshotEnd.
                 * @memberof trellis.feed.v1
                 * @classdesc Represents a SnapshotEnd.
                 * @constructor
                 * @param {trellis.feed.v1.SnapshotEnd.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const SnapshotEnd = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * SnapshotEnd revision.
                 * @member {number} revision
                 * @memberof trellis.feed.v1.SnapshotEnd
                 * @instance
                 */
                SnapshotEnd.prototype.revision = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * SnapshotEnd itemCount.
                 * @member {number} itemCount
                 * @memberof trellis.feed.v1.SnapshotEnd
                 * @instance
                 */
                SnapshotEnd.prototype.itemCount = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new SnapshotEnd instance using the specified properties.
                 * @function create
                 * @memberof trellis.feed.v1.SnapshotEnd
                 * @static
                 * @param {trellis.feed.v1.SnapshotEnd.$Properties=} [properties] Properties to set
                 * @returns {trellis.feed.v1.SnapshotEnd} SnapshotEnd instance
                 * @type {{
                 *   (properties: trellis.feed.v1.SnapshotEnd.$Shape): trellis.feed.v1.SnapshotEnd & trellis.feed.v1.SnapshotEnd.$Shape;
                 *   (properties?: trellis.feed.v1.SnapshotEnd.$Properties): trellis.feed.v1.SnapshotEnd;
                 * }}
                 */
                SnapshotEnd.create = function(properties) {
                    return new SnapshotEnd(properties);
                };

                /**
                 * Encodes the specified SnapshotEnd message. Does not implicitly {@link trellis.feed.v1.SnapshotEnd.verify|verify} messages.
                 * @function encode
                 * @memberof trellis.feed.v1.SnapshotEnd
                 * @static
                 * @param {trellis.feed.v1.SnapshotEnd.$Properties} message SnapshotEnd message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SnapshotEnd.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.revision != null && $Object.hasOwnProperty.call(message, "revision") && (typeof message.revision === "object" ? message.revision.low || message.revision.high : message.revision !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.revision);
                    if (message.itemCount != null && $Object.hasOwnProperty.call(message, "itemCount") && (typeof message.itemCount === "object" ? message.itemCount.low || message.itemCount.high : message.itemCount !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.itemCount);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a SnapshotEnd message from the specified reader or buffer.
                 * @function decode
                 * @memberof trellis.feed.v1.SnapshotEnd
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {trellis.feed.v1.SnapshotEnd & trellis.feed.v1.SnapshotEnd.$Shape} SnapshotEnd
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SnapshotEnd.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.trellis.feed.v1.SnapshotEnd();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.revision = value;
                                else
                                    delete message.revision;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.itemCount = value;
                                else
                                    delete message.itemCount;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for SnapshotEnd
                 * @function getTypeUrl
                 * @memberof trellis.feed.v1.SnapshotEnd
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                SnapshotEnd.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/trellis.feed.v1.SnapshotEnd";
                };

                return SnapshotEnd;
            })();

            v1.Progress = (function() {

                /**
                 * Properties of a Progress.
                 * @typedef {Object} trellis.feed.v1.Progress.$Properties
                 * @property {number|null} [revision] Progress revision
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Progress.
                 * @memberof trellis.feed.v1
                 * @interface IProgress
                 * @augments trellis.feed.v1.Progress.$Properties
                 * @deprecated Use trellis.feed.v1.Progress.$Properties instead.
                 */

                /**
                 * Shape of a Progress.
                 * @typedef {trellis.feed.v1.Progress.$Properties} trellis.feed.v1.Progress.$Shape
                 */

                /**
                 * Constructs a new Progress.
                 * @memberof trellis.feed.v1
                 * @classdesc Represents a Progress.
                 * @constructor
                 * @param {trellis.feed.v1.Progress.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Progress = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Progress revision.
                 * @member {number} revision
                 * @memberof trellis.feed.v1.Progress
                 * @instance
                 */
                Progress.prototype.revision = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new Progress instance using the specified properties.
                 * @function create
                 * @memberof trellis.feed.v1.Progress
                 * @static
                 * @param {trellis.feed.v1.Progress.$Properties=} [properties] Properties to set
                 * @returns {trellis.feed.v1.Progress} Progress instance
                 * @type {{
                 *   (properties: trellis.feed.v1.Progress.$Shape): trellis.feed.v1.Progress & trellis.feed.v1.Progress.$Shape;
                 *   (properties?: trellis.feed.v1.Progress.$Properties): trellis.feed.v1.Progress;
                 * }}
                 */
                Progress.create = function(properties) {
                    return new Progress(properties);
                };

                /**
                 * Encodes the specified Progress message. Does not implicitly {@link trellis.feed.v1.Progress.verify|verify} messages.
                 * @function encode
                 * @memberof trellis.feed.v1.Progress
                 * @static
                 * @param {trellis.feed.v1.Progress.$Properties} message Progress message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Progress.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.revision != null && $Object.hasOwnProperty.call(message, "revision") && (typeof message.revision === "object" ? message.revision.low || message.revision.high : message.revision !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.revision);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Progress message from the specified reader or buffer.
                 * @function decode
                 * @memberof trellis.feed.v1.Progress
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {trellis.feed.v1.Progress & trellis.feed.v1.Progress.$Shape} Progress
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Progress.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.trellis.feed.v1.Progress();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.revision = value;
                                else
                                    delete message.revision;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for Progress
                 * @function getTypeUrl
                 * @memberof trellis.feed.v1.Progress
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Progress.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/trellis.feed.v1.Progress";
                };

                return Progress;
            })();

            v1.WatchResponse = (function() {

                /**
                 * Properties of a WatchResponse.
                 * @typedef {Object} trellis.feed.v1.WatchResponse.$Properties
                 * @property {trellis.feed.v1.Revision.$Properties|null} [revision] WatchResponse revision
                 * @property {trellis.feed.v1.SnapshotChunk.$Properties|null} [snapshotChunk] WatchResponse snapshotChunk
                 * @property {trellis.feed.v1.SnapshotEnd.$Properties|null} [snapshotEnd] WatchResponse snapshotEnd
                 * @property {trellis.feed.v1.Progress.$Properties|null} [progress] WatchResponse progress
                 * @property {"revision"|"snapshotChunk"|"snapshotEnd"|"progress"} [kind] WatchResponse kind
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a WatchResponse.
                 * @memberof trellis.feed.v1
                 * @interface IWatchResponse
                 * @augments trellis.feed.v1.WatchResponse.$Properties
                 * @deprecated Use trellis.feed.v1.WatchResponse.$Properties instead.
                 */

                /**
                 * Narrowed shape of a WatchResponse.
                 * @typedef {{
                 *   revision?: trellis.feed.v1.Revision.$Shape|null;
                 *   snapshotChunk?: trellis.feed.v1.SnapshotChunk.$Shape|null;
                 *   snapshotEnd?: trellis.feed.v1.SnapshotEnd.$Shape|null;
                 *   progress?: trellis.feed.v1.Progress.$Shape|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * } & (
                 *   ({ kind?: undefined; revision?: null; snapshotChunk?: null; snapshotEnd?: null; progress?: null }|{ kind?: "revision"; revision: trellis.feed.v1.Revision.$Shape; snapshotChunk?: null; snapshotEnd?: null; progress?: null }|{ kind?: "snapshotChunk"; revision?: null; snapshotChunk: trellis.feed.v1.SnapshotChunk.$Shape; snapshotEnd?: null; progress?: null }|{ kind?: "snapshotEnd"; revision?: null; snapshotChunk?: null; snapshotEnd: trellis.feed.v1.SnapshotEnd.$Shape; progress?: null }|{ kind?: "progress"; revision?: null; snapshotChunk?: null; snapshotEnd?: null; progress: trellis.feed.v1.Progress.$Shape })
                 * )} trellis.feed.v1.WatchResponse.$Shape
                 */

                /**
                 * Constructs a new WatchResponse.
                 * @memberof trellis.feed.v1
                 * @classdesc Represents a WatchResponse.
                 * @constructor
                 * @param {trellis.feed.v1.WatchResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const WatchResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * WatchResponse revision.
                 * @member {trellis.feed.v1.Revision.$Properties|null|undefined} revision
                 * @memberof trellis.feed.v1.WatchResponse
                 * @instance
                 */
                WatchResponse.prototype.revision = null;

                /**
                 * WatchResponse snapshotChunk.
                 * @member {trellis.feed.v1.SnapshotChunk.$Properties|null|undefined} snapshotChunk
                 * @memberof trellis.feed.v1.WatchResponse
                 * @instance
                 */
                WatchResponse.prototype.snapshotChunk = null;

                /**
                 * WatchResponse snapshotEnd.
                 * @member {trellis.feed.v1.SnapshotEnd.$Properties|null|undefined} snapshotEnd
                 * @memberof trellis.feed.v1.WatchResponse
                 * @instance
                 */
                WatchResponse.prototype.snapshotEnd = null;

                /**
                 * WatchResponse progress.
                 * @member {trellis.feed.v1.Progress.$Properties|null|undefined} progress
                 * @memberof trellis.feed.v1.WatchResponse
                 * @instance
                 */
                WatchResponse.prototype.progress = null;

                // OneOf field names bound to virtual getters and setters
                let $oneOfFields;

                /**
                 * WatchResponse kind.
                 * @member {"revision"|"snapshotChunk"|"snapshotEnd"|"progress"|undefined} kind
                 * @memberof trellis.feed.v1.WatchResponse
                 * @instance
                 */
                $Object.defineProperty(WatchResponse.prototype, "kind", {
                    get: $util.oneOfGetter($oneOfFields = ["revision", "snapshotChunk", "snapshotEnd", "progress"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Creates a new WatchResponse instance using the specified properties.
                 * @function create
                 * @memberof trellis.feed.v1.WatchResponse
                 * @static
                 * @param {trellis.feed.v1.WatchResponse.$Properties=} [properties] Properties to set
                 * @returns {trellis.feed.v1.WatchResponse} WatchResponse instance
                 * @type {{
                 *   (properties: trellis.feed.v1.WatchResponse.$Shape): trellis.feed.v1.WatchResponse & trellis.feed.v1.WatchResponse.$Shape;
                 *   (properties?: trellis.feed.v1.WatchResponse.$Properties): trellis.feed.v1.WatchResponse;
                 * }}
                 */
                WatchResponse.create = function(properties) {
                    return new WatchResponse(properties);
                };

                /**
                 * Encodes the specified WatchResponse message. Does not implicitly {@link trellis.feed.v1.WatchResponse.verify|verify} messages.
                 * @function encode
                 * @memberof trellis.feed.v1.WatchResponse
                 * @static
                 * @param {trellis.feed.v1.WatchResponse.$Properties} message WatchResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                WatchResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.revision != null && $Object.hasOwnProperty.call(message, "revision"))
                        $root.trellis.feed.v1.Revision.encode(message.revision, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.snapshotChunk != null && $Object.hasOwnProperty.call(message, "snapshotChunk"))
                        $root.trellis.feed.v1.SnapshotChunk.encode(message.snapshotChunk, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.snapshotEnd != null && $Object.hasOwnProperty.call(message, "snapshotEnd"))
                        $root.trellis.feed.v1.SnapshotEnd.encode(message.snapshotEnd, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.progress != null && $Object.hasOwnProperty.call(message, "progress"))
                        $root.trellis.feed.v1.Progress.encode(message.progress, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a WatchResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof trellis.feed.v1.WatchResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {trellis.feed.v1.WatchResponse & trellis.feed.v1.WatchResponse.$Shape} WatchResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                WatchResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.trellis.feed.v1.WatchResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.revision = $root.trellis.feed.v1.Revision.decode(reader, reader.size(), $undefined, _depth + 1, message.revision);
                                message.kind = "revision";
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.snapshotChunk = $root.trellis.feed.v1.SnapshotChunk.decode(reader, reader.size(), $undefined, _depth + 1, message.snapshotChunk);
                                message.kind = "snapshotChunk";
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.snapshotEnd = $root.trellis.feed.v1.SnapshotEnd.decode(reader, reader.size(), $undefined, _depth + 1, message.snapshotEnd);
                                message.kind = "snapshotEnd";
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                message.progress = $root.trellis.feed.v1.Progress.decode(reader, reader.size(), $undefined, _depth + 1, message.progress);
                                message.kind = "progress";
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for WatchResponse
                 * @function getTypeUrl
                 * @memberof trellis.feed.v1.WatchResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                WatchResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/trellis.feed.v1.WatchResponse";
                };

                return WatchResponse;
            })();

            /**
             * PortWiring enum.
             * @name trellis.feed.v1.PortWiring
             * @enum {number}
             * @property {number} PORT_WIRING_UNSPECIFIED=0 PORT_WIRING_UNSPECIFIED value
             * @property {number} PORT_WIRING_WIRED=1 PORT_WIRING_WIRED value
             * @property {number} PORT_WIRING_UNWIRED=2 PORT_WIRING_UNWIRED value
             * @property {number} PORT_WIRING_ERROR=3 PORT_WIRING_ERROR value
             */
            v1.PortWiring = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "PORT_WIRING_UNSPECIFIED"] = 0;
                values[valuesById[1] = "PORT_WIRING_WIRED"] = 1;
                values[valuesById[2] = "PORT_WIRING_UNWIRED"] = 2;
                values[valuesById[3] = "PORT_WIRING_ERROR"] = 3;
                return values;
            })();

            v1.PortStatusReport = (function() {

                /**
                 * Properties of a PortStatusReport.
                 * @typedef {Object} trellis.feed.v1.PortStatusReport.$Properties
                 * @property {string|null} [portId] PortStatusReport portId
                 * @property {string|null} [hostId] PortStatusReport hostId
                 * @property {trellis.feed.v1.PortWiring|null} [wiring] PortStatusReport wiring
                 * @property {string|null} [detail] PortStatusReport detail
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a PortStatusReport.
                 * @memberof trellis.feed.v1
                 * @interface IPortStatusReport
                 * @augments trellis.feed.v1.PortStatusReport.$Properties
                 * @deprecated Use trellis.feed.v1.PortStatusReport.$Properties instead.
                 */

                /**
                 * Shape of a PortStatusReport.
                 * @typedef {trellis.feed.v1.PortStatusReport.$Properties} trellis.feed.v1.PortStatusReport.$Shape
                 */

                /**
                 * Constructs a new PortStatusReport.
                 * @memberof trellis.feed.v1
                 * @classdesc Represents a PortStatusReport.
                 * @constructor
                 * @param {trellis.feed.v1.PortStatusReport.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const PortStatusReport = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * PortStatusReport portId.
                 * @member {string} portId
                 * @memberof trellis.feed.v1.PortStatusReport
                 * @instance
                 */
                PortStatusReport.prototype.portId = "";

                /**
                 * PortStatusReport hostId.
                 * @member {string} hostId
                 * @memberof trellis.feed.v1.PortStatusReport
                 * @instance
                 */
                PortStatusReport.prototype.hostId = "";

                /**
                 * PortStatusReport wiring.
                 * @member {trellis.feed.v1.PortWiring} wiring
                 * @memberof trellis.feed.v1.PortStatusReport
                 * @instance
                 */
                PortStatusReport.prototype.wiring = 0;

                /**
                 * PortStatusReport detail.
                 * @member {string} detail
                 * @memberof trellis.feed.v1.PortStatusReport
                 * @instance
                 */
                PortStatusReport.prototype.detail = "";

                /**
                 * Creates a new PortStatusReport instance using the specified properties.
                 * @function create
                 * @memberof trellis.feed.v1.PortStatusReport
                 * @static
                 * @param {trellis.feed.v1.PortStatusReport.$Properties=} [properties] Properties to set
                 * @returns {trellis.feed.v1.PortStatusReport} PortStatusReport instance
                 * @type {{
                 *   (properties: trellis.feed.v1.PortStatusReport.$Shape): trellis.feed.v1.PortStatusReport & trellis.feed.v1.PortStatusReport.$Shape;
                 *   (properties?: trellis.feed.v1.PortStatusReport.$Properties): trellis.feed.v1.PortStatusReport;
                 * }}
                 */
                PortStatusReport.create = function(properties) {
                    return new PortStatusReport(properties);
                };

                /**
                 * Encodes the specified PortStatusReport message. Does not implicitly {@link trellis.feed.v1.PortStatusReport.verify|verify} messages.
                 * @function encode
                 * @memberof trellis.feed.v1.PortStatusReport
                 * @static
                 * @param {trellis.feed.v1.PortStatusReport.$Properties} message PortStatusReport message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                PortStatusReport.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.portId != null && $Object.hasOwnProperty.call(message, "portId") && message.portId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.portId);
                    if (message.hostId != null && $Object.hasOwnProperty.call(message, "hostId") && message.hostId !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.hostId);
                    if (message.wiring != null && $Object.hasOwnProperty.call(message, "wiring") && message.wiring !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).int32(message.wiring);
                    if (message.detail != null && $Object.hasOwnProperty.call(message, "detail") && message.detail !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.detail);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a PortStatusReport message from the specified reader or buffer.
                 * @function decode
                 * @memberof trellis.feed.v1.PortStatusReport
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {trellis.feed.v1.PortStatusReport & trellis.feed.v1.PortStatusReport.$Shape} PortStatusReport
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                PortStatusReport.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.trellis.feed.v1.PortStatusReport();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.portId = value;
                                else
                                    delete message.portId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.hostId = value;
                                else
                                    delete message.hostId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.wiring = value;
                                else
                                    delete message.wiring;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.detail = value;
                                else
                                    delete message.detail;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for PortStatusReport
                 * @function getTypeUrl
                 * @memberof trellis.feed.v1.PortStatusReport
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                PortStatusReport.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/trellis.feed.v1.PortStatusReport";
                };

                return PortStatusReport;
            })();

            v1.PortStatusReports = (function() {

                /**
                 * Properties of a PortStatusReports.
                 * @typedef {Object} trellis.feed.v1.PortStatusReports.$Properties
                 * @property {Array.<trellis.feed.v1.PortStatusReport.$Properties>|null} [reports] PortStatusReports reports
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a PortStatusReports.
                 * @memberof trellis.feed.v1
                 * @interface IPortStatusReports
                 * @augments trellis.feed.v1.PortStatusReports.$Properties
                 * @deprecated Use trellis.feed.v1.PortStatusReports.$Properties instead.
                 */

                /**
                 * Shape of a PortStatusReports.
                 * @typedef {trellis.feed.v1.PortStatusReports.$Properties} trellis.feed.v1.PortStatusReports.$Shape
                 */

                /**
                 * Constructs a new PortStatusReports.
                 * @memberof trellis.feed.v1
                 * @classdesc Represents a PortStatusReports.
                 * @constructor
                 * @param {trellis.feed.v1.PortStatusReports.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const PortStatusReports = function (properties) {
                    this.reports = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * PortStatusReports reports.
                 * @member {Array.<trellis.feed.v1.PortStatusReport.$Properties>} reports
                 * @memberof trellis.feed.v1.PortStatusReports
                 * @instance
                 */
                PortStatusReports.prototype.reports = $util.emptyArray;

                /**
                 * Creates a new PortStatusReports instance using the specified properties.
                 * @function create
                 * @memberof trellis.feed.v1.PortStatusReports
                 * @static
                 * @param {trellis.feed.v1.PortStatusReports.$Properties=} [properties] Properties to set
                 * @returns {trellis.feed.v1.PortStatusReports} PortStatusReports instance
                 * @type {{
                 *   (properties: trellis.feed.v1.PortStatusReports.$Shape): trellis.feed.v1.PortStatusReports & trellis.feed.v1.PortStatusReports.$Shape;
                 *   (properties?: trellis.feed.v1.PortStatusReports.$Properties): trellis.feed.v1.PortStatusReports;
                 * }}
                 */
                PortStatusReports.create = function(properties) {
                    return new PortStatusReports(properties);
                };

                /**
                 * Encodes the specified PortStatusReports message. Does not implicitly {@link trellis.feed.v1.PortStatusReports.verify|verify} messages.
                 * @function encode
                 * @memberof trellis.feed.v1.PortStatusReports
                 * @static
                 * @param {trellis.feed.v1.PortStatusReports.$Properties} message PortStatusReports message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                PortStatusReports.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.reports != null && message.reports.length)
                        for (let i = 0; i < message.reports.length; ++i)
                            $root.trellis.feed.v1.PortStatusReport.encode(message.reports[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a PortStatusReports message from the specified reader or buffer.
                 * @function decode
                 * @memberof trellis.feed.v1.PortStatusReports
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {trellis.feed.v1.PortStatusReports & trellis.feed.v1.PortStatusReports.$Shape} PortStatusReports
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                PortStatusReports.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.trellis.feed.v1.PortStatusReports();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.reports && message.reports.length))
                                    message.reports = [];
                                message.reports.push($root.trellis.feed.v1.PortStatusReport.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for PortStatusReports
                 * @function getTypeUrl
                 * @memberof trellis.feed.v1.PortStatusReports
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                PortStatusReports.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/trellis.feed.v1.PortStatusReports";
                };

                return PortStatusReports;
            })();

            v1.HostLivenessReport = (function() {

                /**
                 * Properties of a HostLivenessReport.
                 * @typedef {Object} trellis.feed.v1.HostLivenessReport.$Properties
                 * @property {string|null} [hostId] HostLivenessReport hostId
                 * @property {boolean|null} [connected] HostLivenessReport connected
                 * @property {string|null} [agentVersion] HostLivenessReport agentVersion
                 * @property {number|null} [lastSeenMs] HostLivenessReport lastSeenMs
                 * @property {string|null} [controllerId] HostLivenessReport controllerId
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a HostLivenessReport.
                 * @memberof trellis.feed.v1
                 * @interface IHostLivenessReport
                 * @augments trellis.feed.v1.HostLivenessReport.$Properties
                 * @deprecated Use trellis.feed.v1.HostLivenessReport.$Properties instead.
                 */

                /**
                 * Shape of a HostLivenessReport.
                 * @typedef {trellis.feed.v1.HostLivenessReport.$Properties} trellis.feed.v1.HostLivenessReport.$Shape
                 */

                /**
                 * Constructs a new HostLivenessReport.
                 * @memberof trellis.feed.v1
                 * @classdesc Represents a HostLivenessReport.
                 * @constructor
                 * @param {trellis.feed.v1.HostLivenessReport.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const HostLivenessReport = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * HostLivenessReport hostId.
                 * @member {string} hostId
                 * @memberof trellis.feed.v1.HostLivenessReport
                 * @instance
                 */
                HostLivenessReport.prototype.hostId = "";

                /**
                 * HostLivenessReport connected.
                 * @member {boolean} connected
                 * @memberof trellis.feed.v1.HostLivenessReport
                 * @instance
                 */
                HostLivenessReport.prototype.connected = false;

                /**
                 * HostLivenessReport agentVersion.
                 * @member {string} agentVersion
                 * @memberof trellis.feed.v1.HostLivenessReport
                 * @instance
                 */
                HostLivenessReport.prototype.agentVersion = "";

                /**
                 * HostLivenessReport lastSeenMs.
                 * @member {number} lastSeenMs
                 * @memberof trellis.feed.v1.HostLivenessReport
                 * @instance
                 */
                HostLivenessReport.prototype.lastSeenMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * HostLivenessReport controllerId.
                 * @member {string} controllerId
                 * @memberof trellis.feed.v1.HostLivenessReport
                 * @instance
                 */
                HostLivenessReport.prototype.controllerId = "";

                /**
                 * Creates a new HostLivenessReport instance using the specified properties.
                 * @function create
                 * @memberof trellis.feed.v1.HostLivenessReport
                 * @static
                 * @param {trellis.feed.v1.HostLivenessReport.$Properties=} [properties] Properties to set
                 * @returns {trellis.feed.v1.HostLivenessReport} HostLivenessReport instance
                 * @type {{
                 *   (properties: trellis.feed.v1.HostLivenessReport.$Shape): trellis.feed.v1.HostLivenessReport & trellis.feed.v1.HostLivenessReport.$Shape;
                 *   (properties?: trellis.feed.v1.HostLivenessReport.$Properties): trellis.feed.v1.HostLivenessReport;
                 * }}
                 */
                HostLivenessReport.create = function(properties) {
                    return new HostLivenessReport(properties);
                };

                /**
                 * Encodes the specified HostLivenessReport message. Does not implicitly {@link trellis.feed.v1.HostLivenessReport.verify|verify} messages.
                 * @function encode
                 * @memberof trellis.feed.v1.HostLivenessReport
                 * @static
                 * @param {trellis.feed.v1.HostLivenessReport.$Properties} message HostLivenessReport message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                HostLivenessReport.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.hostId != null && $Object.hasOwnProperty.call(message, "hostId") && message.hostId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.hostId);
                    if (message.connected != null && $Object.hasOwnProperty.call(message, "connected") && message.connected !== false)
                        writer.uint32(/* id 2, wireType 0 =*/16).bool(message.connected);
                    if (message.agentVersion != null && $Object.hasOwnProperty.call(message, "agentVersion") && message.agentVersion !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.agentVersion);
                    if (message.lastSeenMs != null && $Object.hasOwnProperty.call(message, "lastSeenMs") && (typeof message.lastSeenMs === "object" ? message.lastSeenMs.low || message.lastSeenMs.high : message.lastSeenMs !== 0))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.lastSeenMs);
                    if (message.controllerId != null && $Object.hasOwnProperty.call(message, "controllerId") && message.controllerId !== "")
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.controllerId);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a HostLivenessReport message from the specified reader or buffer.
                 * @function decode
                 * @memberof trellis.feed.v1.HostLivenessReport
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {trellis.feed.v1.HostLivenessReport & trellis.feed.v1.HostLivenessReport.$Shape} HostLivenessReport
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                HostLivenessReport.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.trellis.feed.v1.HostLivenessReport();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.hostId = value;
                                else
                                    delete message.hostId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.connected = value;
                                else
                                    delete message.connected;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.agentVersion = value;
                                else
                                    delete message.agentVersion;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.lastSeenMs = value;
                                else
                                    delete message.lastSeenMs;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.controllerId = value;
                                else
                                    delete message.controllerId;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for HostLivenessReport
                 * @function getTypeUrl
                 * @memberof trellis.feed.v1.HostLivenessReport
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                HostLivenessReport.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/trellis.feed.v1.HostLivenessReport";
                };

                return HostLivenessReport;
            })();

            v1.ReportAck = (function() {

                /**
                 * Properties of a ReportAck.
                 * @typedef {Object} trellis.feed.v1.ReportAck.$Properties
                 * @property {number|null} [revision] ReportAck revision
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ReportAck.
                 * @memberof trellis.feed.v1
                 * @interface IReportAck
                 * @augments trellis.feed.v1.ReportAck.$Properties
                 * @deprecated Use trellis.feed.v1.ReportAck.$Properties instead.
                 */

                /**
                 * Shape of a ReportAck.
                 * @typedef {trellis.feed.v1.ReportAck.$Properties} trellis.feed.v1.ReportAck.$Shape
                 */

                /**
                 * Constructs a new ReportAck.
                 * @memberof trellis.feed.v1
                 * @classdesc Represents a ReportAck.
                 * @constructor
                 * @param {trellis.feed.v1.ReportAck.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ReportAck = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ReportAck revision.
                 * @member {number} revision
                 * @memberof trellis.feed.v1.ReportAck
                 * @instance
                 */
                ReportAck.prototype.revision = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new ReportAck instance using the specified properties.
                 * @function create
                 * @memberof trellis.feed.v1.ReportAck
                 * @static
                 * @param {trellis.feed.v1.ReportAck.$Properties=} [properties] Properties to set
                 * @returns {trellis.feed.v1.ReportAck} ReportAck instance
                 * @type {{
                 *   (properties: trellis.feed.v1.ReportAck.$Shape): trellis.feed.v1.ReportAck & trellis.feed.v1.ReportAck.$Shape;
                 *   (properties?: trellis.feed.v1.ReportAck.$Properties): trellis.feed.v1.ReportAck;
                 * }}
                 */
                ReportAck.create = function(properties) {
                    return new ReportAck(properties);
                };

                /**
                 * Encodes the specified ReportAck message. Does not implicitly {@link trellis.feed.v1.ReportAck.verify|verify} messages.
                 * @function encode
                 * @memberof trellis.feed.v1.ReportAck
                 * @static
                 * @param {trellis.feed.v1.ReportAck.$Properties} message ReportAck message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ReportAck.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.revision != null && $Object.hasOwnProperty.call(message, "revision") && (typeof message.revision === "object" ? message.revision.low || message.revision.high : message.revision !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.revision);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a ReportAck message from the specified reader or buffer.
                 * @function decode
                 * @memberof trellis.feed.v1.ReportAck
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {trellis.feed.v1.ReportAck & trellis.feed.v1.ReportAck.$Shape} ReportAck
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ReportAck.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.trellis.feed.v1.ReportAck();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.revision = value;
                                else
                                    delete message.revision;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for ReportAck
                 * @function getTypeUrl
                 * @memberof trellis.feed.v1.ReportAck
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ReportAck.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/trellis.feed.v1.ReportAck";
                };

                return ReportAck;
            })();

            v1.ReportAcks = (function() {

                /**
                 * Properties of a ReportAcks.
                 * @typedef {Object} trellis.feed.v1.ReportAcks.$Properties
                 * @property {Array.<number>|null} [revisions] ReportAcks revisions
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ReportAcks.
                 * @memberof trellis.feed.v1
                 * @interface IReportAcks
                 * @augments trellis.feed.v1.ReportAcks.$Properties
                 * @deprecated Use trellis.feed.v1.ReportAcks.$Properties instead.
                 */

                /**
                 * Shape of a ReportAcks.
                 * @typedef {trellis.feed.v1.ReportAcks.$Properties} trellis.feed.v1.ReportAcks.$Shape
                 */

                /**
                 * Constructs a new ReportAcks.
                 * @memberof trellis.feed.v1
                 * @classdesc Represents a ReportAcks.
                 * @constructor
                 * @param {trellis.feed.v1.ReportAcks.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ReportAcks = function (properties) {
                    this.revisions = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ReportAcks revisions.
                 * @member {Array.<number>} revisions
                 * @memberof trellis.feed.v1.ReportAcks
                 * @instance
                 */
                ReportAcks.prototype.revisions = $util.emptyArray;

                /**
                 * Creates a new ReportAcks instance using the specified properties.
                 * @function create
                 * @memberof trellis.feed.v1.ReportAcks
                 * @static
                 * @param {trellis.feed.v1.ReportAcks.$Properties=} [properties] Properties to set
                 * @returns {trellis.feed.v1.ReportAcks} ReportAcks instance
                 * @type {{
                 *   (properties: trellis.feed.v1.ReportAcks.$Shape): trellis.feed.v1.ReportAcks & trellis.feed.v1.ReportAcks.$Shape;
                 *   (properties?: trellis.feed.v1.ReportAcks.$Properties): trellis.feed.v1.ReportAcks;
                 * }}
                 */
                ReportAcks.create = function(properties) {
                    return new ReportAcks(properties);
                };

                /**
                 * Encodes the specified ReportAcks message. Does not implicitly {@link trellis.feed.v1.ReportAcks.verify|verify} messages.
                 * @function encode
                 * @memberof trellis.feed.v1.ReportAcks
                 * @static
                 * @param {trellis.feed.v1.ReportAcks.$Properties} message ReportAcks message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ReportAcks.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.revisions != null && message.revisions.length)
                        writer.uint32(/* id 1, wireType 2 =*/10).uint64s(message.revisions);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a ReportAcks message from the specified reader or buffer.
                 * @function decode
                 * @memberof trellis.feed.v1.ReportAcks
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {trellis.feed.v1.ReportAcks & trellis.feed.v1.ReportAcks.$Shape} ReportAcks
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ReportAcks.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.trellis.feed.v1.ReportAcks();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType === 2) {
                                    if (!(message.revisions && message.revisions.length))
                                        message.revisions = [];
                                    reader.uint64s(message.revisions);
                                    continue;
                                }
                                if (wireType !== 0)
                                    break;
                                if (!(message.revisions && message.revisions.length))
                                    message.revisions = [];
                                message.revisions.push(reader.uint64());
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for ReportAcks
                 * @function getTypeUrl
                 * @memberof trellis.feed.v1.ReportAcks
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ReportAcks.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/trellis.feed.v1.ReportAcks";
                };

                return ReportAcks;
            })();

            return v1;
        })();

        feed.v2 = (function() {

            /**
             * Namespace v2.
             * @memberof trellis.feed
             * @namespace
             */
            const v2 = {};

            v2.Feed = (function() {

                /**
                 * Constructs a new Feed service.
                 * @memberof trellis.feed.v2
                 * @classdesc Represents a Feed
                 * @extends $protobuf.rpc.Service
                 * @constructor
                 * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
                 * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
                 * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
                 */
                const Feed = function(rpcImpl, requestDelimited, responseDelimited) {
                    $protobuf.rpc.Service.call(this, rpcImpl, requestDelimited, responseDelimited);
                };

                $Object.defineProperty(Feed.prototype = $Object.create($protobuf.rpc.Service.prototype), "constructor", { value: Feed, writable: true, enumerable: false, configurable: true });

                /**
                 * Creates new Feed service using the specified rpc implementation.
                 * @function create
                 * @memberof trellis.feed.v2.Feed
                 * @static
                 * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
                 * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
                 * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
                 * @returns {Feed} RPC service. Useful where requests and/or responses are streamed.
                 */
                Feed.create = function(rpcImpl, requestDelimited, responseDelimited) {
                    return new this(rpcImpl, requestDelimited, responseDelimited);
                };

                /**
                 * Callback as used by {@link trellis.feed.v2.Feed#watch}.
                 * @memberof trellis.feed.v2.Feed
                 * @typedef WatchCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {trellis.feed.v2.WatchResponse} [response] WatchResponse
                 */

                /**
                 * Calls Watch.
                 * @memberof trellis.feed.v2.Feed
                 * @typedef Watch
                 * @type {{
                 *   (request: trellis.feed.v2.IWatchRequest, callback: trellis.feed.v2.Feed.WatchCallback): void;
                 *   (request: trellis.feed.v2.IWatchRequest): Promise<trellis.feed.v2.WatchResponse>;
                 *   readonly name: "Watch";
                 *   readonly path: "/trellis.feed.v2.Feed/Watch";
                 *   readonly requestType: "WatchRequest";
                 *   readonly responseType: "WatchResponse";
                 *   readonly requestStream: undefined;
                 *   readonly responseStream: true;
                 * }}
                 */

                /**
                 * Calls Watch.
                 * @name trellis.feed.v2.Feed#watch
                 * @type {trellis.feed.v2.Feed.Watch}
                 */
                $Object.defineProperties(Feed.prototype.watch = function(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, Feed.prototype.watch, $root.trellis.feed.v2.WatchRequest, $root.trellis.feed.v2.WatchResponse, request, callback);
                }, {
                    name: { value: "Watch" },
                    path: { value: "/trellis.feed.v2.Feed/Watch" },
                    requestType: { value: "WatchRequest" },
                    responseType: { value: "WatchResponse" },
                    requestStream: { value: $undefined },
                    responseStream: { value: true }
                });

                /**
                 * Callback as used by {@link trellis.feed.v2.Feed#report}.
                 * @memberof trellis.feed.v2.Feed
                 * @typedef ReportCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {trellis.feed.v2.ReportResponse} [response] ReportResponse
                 */

                /**
                 * Calls Report.
                 * @memberof trellis.feed.v2.Feed
                 * @typedef Report
                 * @type {{
                 *   (request: trellis.feed.v2.IReportRequest, callback: trellis.feed.v2.Feed.ReportCallback): void;
                 *   (request: trellis.feed.v2.IReportRequest): Promise<trellis.feed.v2.ReportResponse>;
                 *   readonly name: "Report";
                 *   readonly path: "/trellis.feed.v2.Feed/Report";
                 *   readonly requestType: "ReportRequest";
                 *   readonly responseType: "ReportResponse";
                 *   readonly requestStream: true;
                 *   readonly responseStream: true;
                 * }}
                 */

                /**
                 * Calls Report.
                 * @name trellis.feed.v2.Feed#report
                 * @type {trellis.feed.v2.Feed.Report}
                 */
                $Object.defineProperties(Feed.prototype.report = function(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, Feed.prototype.report, $root.trellis.feed.v2.ReportRequest, $root.trellis.feed.v2.ReportResponse, request, callback);
                }, {
                    name: { value: "Report" },
                    path: { value: "/trellis.feed.v2.Feed/Report" },
                    requestType: { value: "ReportRequest" },
                    responseType: { value: "ReportResponse" },
                    requestStream: { value: true },
                    responseStream: { value: true }
                });

                return Feed;
            })();

            /**
             * ResourceKind enum.
             * @name trellis.feed.v2.ResourceKind
             * @enum {number}
             * @property {number} RESOURCE_KIND_UNSPECIFIED=0 RESOURCE_KIND_UNSPECIFIED value
             * @property {number} RESOURCE_KIND_HOST=1 RESOURCE_KIND_HOST value
             * @property {number} RESOURCE_KIND_NETWORK=2 RESOURCE_KIND_NETWORK value
             * @property {number} RESOURCE_KIND_PORT=3 RESOURCE_KIND_PORT value
             * @property {number} RESOURCE_KIND_PORT_STATUS=4 RESOURCE_KIND_PORT_STATUS value
             * @property {number} RESOURCE_KIND_HOST_LIVENESS=5 RESOURCE_KIND_HOST_LIVENESS value
             * @property {number} RESOURCE_KIND_SUBNET=6 RESOURCE_KIND_SUBNET value
             * @property {number} RESOURCE_KIND_ROUTER=7 RESOURCE_KIND_ROUTER value
             */
            v2.ResourceKind = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "RESOURCE_KIND_UNSPECIFIED"] = 0;
                values[valuesById[1] = "RESOURCE_KIND_HOST"] = 1;
                values[valuesById[2] = "RESOURCE_KIND_NETWORK"] = 2;
                values[valuesById[3] = "RESOURCE_KIND_PORT"] = 3;
                values[valuesById[4] = "RESOURCE_KIND_PORT_STATUS"] = 4;
                values[valuesById[5] = "RESOURCE_KIND_HOST_LIVENESS"] = 5;
                values[valuesById[6] = "RESOURCE_KIND_SUBNET"] = 6;
                values[valuesById[7] = "RESOURCE_KIND_ROUTER"] = 7;
                return values;
            })();

            v2.WatchRequest = (function() {

                /**
                 * Properties of a WatchRequest.
                 * @typedef {Object} trellis.feed.v2.WatchRequest.$Properties
                 * @property {number|null} [afterRevision] WatchRequest afterRevision
                 * @property {Array.<trellis.feed.v2.ResourceKind>|null} [kinds] WatchRequest kinds
                 * @property {string|null} [consumer] WatchRequest consumer
                 * @property {number|null} [progressIntervalMs] WatchRequest progressIntervalMs
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a WatchRequest.
                 * @memberof trellis.feed.v2
                 * @interface IWatchRequest
                 * @augments trellis.feed.v2.WatchRequest.$Properties
                 * @deprecated Use trellis.feed.v2.WatchRequest.$Properties instead.
                 */

                /**
                 * Shape of a WatchRequest.
                 * @typedef {trellis.feed.v2.WatchRequest.$Properties} trellis.feed.v2.WatchRequest.$Shape
                 */

                /**
                 * Constructs a new WatchRequest.
                 * @memberof trellis.feed.v2
                 * @classdesc Represents a WatchRequest.
                 * @constructor
                 * @param {trellis.feed.v2.WatchRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const WatchRequest = function (properties) {
                    this.kinds = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * WatchRequest afterRevision.
                 * @member {number} afterRevision
                 * @memberof trellis.feed.v2.WatchRequest
                 * @instance
                 */
                WatchRequest.prototype.afterRevision = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * WatchRequest kinds.
                 * @member {Array.<trellis.feed.v2.ResourceKind>} kinds
                 * @memberof trellis.feed.v2.WatchRequest
                 * @instance
                 */
                WatchRequest.prototype.kinds = $util.emptyArray;

                /**
                 * WatchRequest consumer.
                 * @member {string} consumer
                 * @memberof trellis.feed.v2.WatchRequest
                 * @instance
                 */
                WatchRequest.prototype.consumer = "";

                /**
                 * WatchRequest progressIntervalMs.
                 * @member {number} progressIntervalMs
                 * @memberof trellis.feed.v2.WatchRequest
                 * @instance
                 */
                WatchRequest.prototype.progressIntervalMs = 0;

                /**
                 * Creates a new WatchRequest instance using the specified properties.
                 * @function create
                 * @memberof trellis.feed.v2.WatchRequest
                 * @static
                 * @param {trellis.feed.v2.WatchRequest.$Properties=} [properties] Properties to set
                 * @returns {trellis.feed.v2.WatchRequest} WatchRequest instance
                 * @type {{
                 *   (properties: trellis.feed.v2.WatchRequest.$Shape): trellis.feed.v2.WatchRequest & trellis.feed.v2.WatchRequest.$Shape;
                 *   (properties?: trellis.feed.v2.WatchRequest.$Properties): trellis.feed.v2.WatchRequest;
                 * }}
                 */
                WatchRequest.create = function(properties) {
                    return new WatchRequest(properties);
                };

                /**
                 * Encodes the specified WatchRequest message. Does not implicitly {@link trellis.feed.v2.WatchRequest.verify|verify} messages.
                 * @function encode
                 * @memberof trellis.feed.v2.WatchRequest
                 * @static
                 * @param {trellis.feed.v2.WatchRequest.$Properties} message WatchRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                WatchRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.afterRevision != null && $Object.hasOwnProperty.call(message, "afterRevision") && (typeof message.afterRevision === "object" ? message.afterRevision.low || message.afterRevision.high : message.afterRevision !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.afterRevision);
                    if (message.kinds != null && message.kinds.length)
                        writer.uint32(/* id 2, wireType 2 =*/18).int32s(message.kinds);
                    if (message.consumer != null && $Object.hasOwnProperty.call(message, "consumer") && message.consumer !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.consumer);
                    if (message.progressIntervalMs != null && $Object.hasOwnProperty.call(message, "progressIntervalMs") && message.progressIntervalMs !== 0)
                        writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.progressIntervalMs);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a WatchRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof trellis.feed.v2.WatchRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {trellis.feed.v2.WatchRequest & trellis.feed.v2.WatchRequest.$Shape} WatchRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                WatchRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.trellis.feed.v2.WatchRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.afterRevision = value;
                                else
                                    delete message.afterRevision;
                                continue;
                            }
                        case 2: {
                                if (wireType === 2) {
                                    if (!(message.kinds && message.kinds.length))
                                        message.kinds = [];
                                    reader.int32s(message.kinds);
                                    continue;
                                }
                                if (wireType !== 0)
                                    break;
                                if (!(message.kinds && message.kinds.length))
                                    message.kinds = [];
                                message.kinds.push(reader.int32());
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.consumer = value;
                                else
                                    delete message.consumer;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.progressIntervalMs = value;
                                else
                                    delete message.progressIntervalMs;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for WatchRequest
                 * @function getTypeUrl
                 * @memberof trellis.feed.v2.WatchRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                WatchRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/trellis.feed.v2.WatchRequest";
                };

                return WatchRequest;
            })();

            v2.Host = (function() {

                /**
                 * Properties of a Host.
                 * @typedef {Object} trellis.feed.v2.Host.$Properties
                 * @property {string|null} [id] Host id
                 * @property {string|null} [cell] Host cell
                 * @property {string|null} [vtep] Host vtep
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Host.
                 * @memberof trellis.feed.v2
                 * @interface IHost
                 * @augments trellis.feed.v2.Host.$Properties
                 * @deprecated Use trellis.feed.v2.Host.$Properties instead.
                 */

                /**
                 * Shape of a Host.
                 * @typedef {trellis.feed.v2.Host.$Properties} trellis.feed.v2.Host.$Shape
                 */

                /**
                 * Constructs a new Host.
                 * @memberof trellis.feed.v2
                 * @classdesc Represents a Host.
                 * @constructor
                 * @param {trellis.feed.v2.Host.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Host = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Host id.
                 * @member {string} id
                 * @memberof trellis.feed.v2.Host
                 * @instance
                 */
                Host.prototype.id = "";

                /**
                 * Host cell.
                 * @member {string} cell
                 * @memberof trellis.feed.v2.Host
                 * @instance
                 */
                Host.prototype.cell = "";

                /**
                 * Host vtep.
                 * @member {string} vtep
                 * @memberof trellis.feed.v2.Host
                 * @instance
                 */
                Host.prototype.vtep = "";

                /**
                 * Creates a new Host instance using the specified properties.
                 * @function create
                 * @memberof trellis.feed.v2.Host
                 * @static
                 * @param {trellis.feed.v2.Host.$Properties=} [properties] Properties to set
                 * @returns {trellis.feed.v2.Host} Host instance
                 * @type {{
                 *   (properties: trellis.feed.v2.Host.$Shape): trellis.feed.v2.Host & trellis.feed.v2.Host.$Shape;
                 *   (properties?: trellis.feed.v2.Host.$Properties): trellis.feed.v2.Host;
                 * }}
                 */
                Host.create = function(properties) {
                    return new Host(properties);
                };

                /**
                 * Encodes the specified Host message. Does not implicitly {@link trellis.feed.v2.Host.verify|verify} messages.
                 * @function encode
                 * @memberof trellis.feed.v2.Host
                 * @static
                 * @param {trellis.feed.v2.Host.$Properties} message Host message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Host.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    if (message.cell != null && $Object.hasOwnProperty.call(message, "cell") && message.cell !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.cell);
                    if (message.vtep != null && $Object.hasOwnProperty.call(message, "vtep") && message.vtep !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.vtep);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Host message from the specified reader or buffer.
                 * @function decode
                 * @memberof trellis.feed.v2.Host
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {trellis.feed.v2.Host & trellis.feed.v2.Host.$Shape} Host
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Host.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.trellis.feed.v2.Host();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.id = value;
                                else
                                    delete message.id;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.cell = value;
                                else
                                    delete message.cell;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.vtep = value;
                                else
                                    delete message.vtep;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for Host
                 * @function getTypeUrl
                 * @memberof trellis.feed.v2.Host
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Host.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/trellis.feed.v2.Host";
                };

                return Host;
            })();

            v2.Network = (function() {

                /**
                 * Properties of a Network.
                 * @typedef {Object} trellis.feed.v2.Network.$Properties
                 * @property {string|null} [id] Network id
                 * @property {string|null} [networkType] Network networkType
                 * @property {number|null} [segmentationId] Network segmentationId
                 * @property {number|null} [mtu] Network mtu
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Network.
                 * @memberof trellis.feed.v2
                 * @interface INetwork
                 * @augments trellis.feed.v2.Network.$Properties
                 * @deprecated Use trellis.feed.v2.Network.$Properties instead.
                 */

                /**
                 * Shape of a Network.
                 * @typedef {trellis.feed.v2.Network.$Properties} trellis.feed.v2.Network.$Shape
                 */

                /**
                 * Constructs a new Network.
                 * @memberof trellis.feed.v2
                 * @classdesc Represents a Network.
                 * @constructor
                 * @param {trellis.feed.v2.Network.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Network = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Network id.
                 * @member {string} id
                 * @memberof trellis.feed.v2.Network
                 * @instance
                 */
                Network.prototype.id = "";

                /**
                 * Network networkType.
                 * @member {string} networkType
                 * @memberof trellis.feed.v2.Network
                 * @instance
                 */
                Network.prototype.networkType = "";

                /**
                 * Network segmentationId.
                 * @member {number} segmentationId
                 * @memberof trellis.feed.v2.Network
                 * @instance
                 */
                Network.prototype.segmentationId = 0;

                /**
                 * Network mtu.
                 * @member {number} mtu
                 * @memberof trellis.feed.v2.Network
                 * @instance
                 */
                Network.prototype.mtu = 0;

                /**
                 * Creates a new Network instance using the specified properties.
                 * @function create
                 * @memberof trellis.feed.v2.Network
                 * @static
                 * @param {trellis.feed.v2.Network.$Properties=} [properties] Properties to set
                 * @returns {trellis.feed.v2.Network} Network instance
                 * @type {{
                 *   (properties: trellis.feed.v2.Network.$Shape): trellis.feed.v2.Network & trellis.feed.v2.Network.$Shape;
                 *   (properties?: trellis.feed.v2.Network.$Properties): trellis.feed.v2.Network;
                 * }}
                 */
                Network.create = function(properties) {
                    return new Network(properties);
                };

                /**
                 * Encodes the specified Network message. Does not implicitly {@link trellis.feed.v2.Network.verify|verify} messages.
                 * @function encode
                 * @memberof trellis.feed.v2.Network
                 * @static
                 * @param {trellis.feed.v2.Network.$Properties} message Network message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Network.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    if (message.networkType != null && $Object.hasOwnProperty.call(message, "networkType") && message.networkType !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.networkType);
                    if (message.segmentationId != null && $Object.hasOwnProperty.call(message, "segmentationId") && message.segmentationId !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.segmentationId);
                    if (message.mtu != null && $Object.hasOwnProperty.call(message, "mtu") && message.mtu !== 0)
                        writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.mtu);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Network message from the specified reader or buffer.
                 * @function decode
                 * @memberof trellis.feed.v2.Network
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {trellis.feed.v2.Network & trellis.feed.v2.Network.$Shape} Network
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Network.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.trellis.feed.v2.Network();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.id = value;
                                else
                                    delete message.id;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.networkType = value;
                                else
                                    delete message.networkType;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.segmentationId = value;
                                else
                                    delete message.segmentationId;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.mtu = value;
                                else
                                    delete message.mtu;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for Network
                 * @function getTypeUrl
                 * @memberof trellis.feed.v2.Network
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Network.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/trellis.feed.v2.Network";
                };

                return Network;
            })();

            /**
             * BindingStatus enum.
             * @name trellis.feed.v2.BindingStatus
             * @enum {number}
             * @property {number} BINDING_STATUS_UNSPECIFIED=0 BINDING_STATUS_UNSPECIFIED value
             * @property {number} BINDING_STATUS_ACTIVE=1 BINDING_STATUS_ACTIVE value
             * @property {number} BINDING_STATUS_INACTIVE=2 BINDING_STATUS_INACTIVE value
             */
            v2.BindingStatus = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "BINDING_STATUS_UNSPECIFIED"] = 0;
                values[valuesById[1] = "BINDING_STATUS_ACTIVE"] = 1;
                values[valuesById[2] = "BINDING_STATUS_INACTIVE"] = 2;
                return values;
            })();

            v2.Binding = (function() {

                /**
                 * Properties of a Binding.
                 * @typedef {Object} trellis.feed.v2.Binding.$Properties
                 * @property {string|null} [host] Binding host
                 * @property {trellis.feed.v2.BindingStatus|null} [status] Binding status
                 * @property {boolean|null} [failed] Binding failed
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Binding.
                 * @memberof trellis.feed.v2
                 * @interface IBinding
                 * @augments trellis.feed.v2.Binding.$Properties
                 * @deprecated Use trellis.feed.v2.Binding.$Properties instead.
                 */

                /**
                 * Shape of a Binding.
                 * @typedef {trellis.feed.v2.Binding.$Properties} trellis.feed.v2.Binding.$Shape
                 */

                /**
                 * Constructs a new Binding.
                 * @memberof trellis.feed.v2
                 * @classdesc Represents a Binding.
                 * @constructor
                 * @param {trellis.feed.v2.Binding.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Binding = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Binding host.
                 * @member {string} host
                 * @memberof trellis.feed.v2.Binding
                 * @instance
                 */
                Binding.prototype.host = "";

                /**
                 * Binding status.
                 * @member {trellis.feed.v2.BindingStatus} status
                 * @memberof trellis.feed.v2.Binding
                 * @instance
                 */
                Binding.prototype.status = 0;

                /**
                 * Binding failed.
                 * @member {boolean} failed
                 * @memberof trellis.feed.v2.Binding
                 * @instance
                 */
                Binding.prototype.failed = false;

                /**
                 * Creates a new Binding instance using the specified properties.
                 * @function create
                 * @memberof trellis.feed.v2.Binding
                 * @static
                 * @param {trellis.feed.v2.Binding.$Properties=} [properties] Properties to set
                 * @returns {trellis.feed.v2.Binding} Binding instance
                 * @type {{
                 *   (properties: trellis.feed.v2.Binding.$Shape): trellis.feed.v2.Binding & trellis.feed.v2.Binding.$Shape;
                 *   (properties?: trellis.feed.v2.Binding.$Properties): trellis.feed.v2.Binding;
                 * }}
                 */
                Binding.create = function(properties) {
                    return new Binding(properties);
                };

                /**
                 * Encodes the specified Binding message. Does not implicitly {@link trellis.feed.v2.Binding.verify|verify} messages.
                 * @function encode
                 * @memberof trellis.feed.v2.Binding
                 * @static
                 * @param {trellis.feed.v2.Binding.$Properties} message Binding message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Binding.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.host != null && $Object.hasOwnProperty.call(message, "host") && message.host !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.host);
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).int32(message.status);
                    if (message.failed != null && $Object.hasOwnProperty.call(message, "failed") && message.failed !== false)
                        writer.uint32(/* id 3, wireType 0 =*/24).bool(message.failed);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Binding message from the specified reader or buffer.
                 * @function decode
                 * @memberof trellis.feed.v2.Binding
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {trellis.feed.v2.Binding & trellis.feed.v2.Binding.$Shape} Binding
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Binding.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.trellis.feed.v2.Binding();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.host = value;
                                else
                                    delete message.host;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.status = value;
                                else
                                    delete message.status;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.failed = value;
                                else
                                    delete message.failed;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for Binding
                 * @function getTypeUrl
                 * @memberof trellis.feed.v2.Binding
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Binding.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/trellis.feed.v2.Binding";
                };

                return Binding;
            })();

            v2.FixedIp = (function() {

                /**
                 * Properties of a FixedIp.
                 * @typedef {Object} trellis.feed.v2.FixedIp.$Properties
                 * @property {string|null} [subnetId] FixedIp subnetId
                 * @property {string|null} [ipAddress] FixedIp ipAddress
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a FixedIp.
                 * @memberof trellis.feed.v2
                 * @interface IFixedIp
                 * @augments trellis.feed.v2.FixedIp.$Properties
                 * @deprecated Use trellis.feed.v2.FixedIp.$Properties instead.
                 */

                /**
                 * Shape of a FixedIp.
                 * @typedef {trellis.feed.v2.FixedIp.$Properties} trellis.feed.v2.FixedIp.$Shape
                 */

                /**
                 * Constructs a new FixedIp.
                 * @memberof trellis.feed.v2
                 * @classdesc Represents a FixedIp.
                 * @constructor
                 * @param {trellis.feed.v2.FixedIp.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const FixedIp = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * FixedIp subnetId.
                 * @member {string} subnetId
                 * @memberof trellis.feed.v2.FixedIp
                 * @instance
                 */
                FixedIp.prototype.subnetId = "";

                /**
                 * FixedIp ipAddress.
                 * @member {string} ipAddress
                 * @memberof trellis.feed.v2.FixedIp
                 * @instance
                 */
                FixedIp.prototype.ipAddress = "";

                /**
                 * Creates a new FixedIp instance using the specified properties.
                 * @function create
                 * @memberof trellis.feed.v2.FixedIp
                 * @static
                 * @param {trellis.feed.v2.FixedIp.$Properties=} [properties] Properties to set
                 * @returns {trellis.feed.v2.FixedIp} FixedIp instance
                 * @type {{
                 *   (properties: trellis.feed.v2.FixedIp.$Shape): trellis.feed.v2.FixedIp & trellis.feed.v2.FixedIp.$Shape;
                 *   (properties?: trellis.feed.v2.FixedIp.$Properties): trellis.feed.v2.FixedIp;
                 * }}
                 */
                FixedIp.create = function(properties) {
                    return new FixedIp(properties);
                };

                /**
                 * Encodes the specified FixedIp message. Does not implicitly {@link trellis.feed.v2.FixedIp.verify|verify} messages.
                 * @function encode
                 * @memberof trellis.feed.v2.FixedIp
                 * @static
                 * @param {trellis.feed.v2.FixedIp.$Properties} message FixedIp message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                FixedIp.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.subnetId != null && $Object.hasOwnProperty.call(message, "subnetId") && message.subnetId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.subnetId);
                    if (message.ipAddress != null && $Object.hasOwnProperty.call(message, "ipAddress") && message.ipAddress !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.ipAddress);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a FixedIp message from the specified reader or buffer.
                 * @function decode
                 * @memberof trellis.feed.v2.FixedIp
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {trellis.feed.v2.FixedIp & trellis.feed.v2.FixedIp.$Shape} FixedIp
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                FixedIp.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.trellis.feed.v2.FixedIp();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.subnetId = value;
                                else
                                    delete message.subnetId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.ipAddress = value;
                                else
                                    delete message.ipAddress;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for FixedIp
                 * @function getTypeUrl
                 * @memberof trellis.feed.v2.FixedIp
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                FixedIp.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/trellis.feed.v2.FixedIp";
                };

                return FixedIp;
            })();

            v2.Port = (function() {

                /**
                 * Properties of a Port.
                 * @typedef {Object} trellis.feed.v2.Port.$Properties
                 * @property {string|null} [id] Port id
                 * @property {string|null} [networkId] Port networkId
                 * @property {string|null} [macAddress] Port macAddress
                 * @property {Array.<trellis.feed.v2.FixedIp.$Properties>|null} [fixedIps] Port fixedIps
                 * @property {number|null} [mobilitySeq] Port mobilitySeq
                 * @property {Array.<trellis.feed.v2.Binding.$Properties>|null} [bindings] Port bindings
                 * @property {string|null} [deviceOwner] Port deviceOwner
                 * @property {string|null} [deviceId] Port deviceId
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Port.
                 * @memberof trellis.feed.v2
                 * @interface IPort
                 * @augments trellis.feed.v2.Port.$Properties
                 * @deprecated Use trellis.feed.v2.Port.$Properties instead.
                 */

                /**
                 * Shape of a Port.
                 * @typedef {trellis.feed.v2.Port.$Properties} trellis.feed.v2.Port.$Shape
                 */

                /**
                 * Constructs a new Port.
                 * @memberof trellis.feed.v2
                 * @classdesc Represents a Port.
                 * @constructor
                 * @param {trellis.feed.v2.Port.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Port = function (properties) {
                    this.fixedIps = [];
                    this.bindings = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Port id.
                 * @member {string} id
                 * @memberof trellis.feed.v2.Port
                 * @instance
                 */
                Port.prototype.id = "";

                /**
                 * Port networkId.
                 * @member {string} networkId
                 * @memberof trellis.feed.v2.Port
                 * @instance
                 */
                Port.prototype.networkId = "";

                /**
                 * Port macAddress.
                 * @member {string} macAddress
                 * @memberof trellis.feed.v2.Port
                 * @instance
                 */
                Port.prototype.macAddress = "";

                /**
                 * Port fixedIps.
                 * @member {Array.<trellis.feed.v2.FixedIp.$Properties>} fixedIps
                 * @memberof trellis.feed.v2.Port
                 * @instance
                 */
                Port.prototype.fixedIps = $util.emptyArray;

                /**
                 * Port mobilitySeq.
                 * @member {number} mobilitySeq
                 * @memberof trellis.feed.v2.Port
                 * @instance
                 */
                Port.prototype.mobilitySeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Port bindings.
                 * @member {Array.<trellis.feed.v2.Binding.$Properties>} bindings
                 * @memberof trellis.feed.v2.Port
                 * @instance
                 */
                Port.prototype.bindings = $util.emptyArray;

                /**
                 * Port deviceOwner.
                 * @member {string} deviceOwner
                 * @memberof trellis.feed.v2.Port
                 * @instance
                 */
                Port.prototype.deviceOwner = "";

                /**
                 * Port deviceId.
                 * @member {string} deviceId
                 * @memberof trellis.feed.v2.Port
                 * @instance
                 */
                Port.prototype.deviceId = "";

                /**
                 * Creates a new Port instance using the specified properties.
                 * @function create
                 * @memberof trellis.feed.v2.Port
                 * @static
                 * @param {trellis.feed.v2.Port.$Properties=} [properties] Properties to set
                 * @returns {trellis.feed.v2.Port} Port instance
                 * @type {{
                 *   (properties: trellis.feed.v2.Port.$Shape): trellis.feed.v2.Port & trellis.feed.v2.Port.$Shape;
                 *   (properties?: trellis.feed.v2.Port.$Properties): trellis.feed.v2.Port;
                 * }}
                 */
                Port.create = function(properties) {
                    return new Port(properties);
                };

                /**
                 * Encodes the specified Port message. Does not implicitly {@link trellis.feed.v2.Port.verify|verify} messages.
                 * @function encode
                 * @memberof trellis.feed.v2.Port
                 * @static
                 * @param {trellis.feed.v2.Port.$Properties} message Port message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Port.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    if (message.networkId != null && $Object.hasOwnProperty.call(message, "networkId") && message.networkId !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.networkId);
                    if (message.macAddress != null && $Object.hasOwnProperty.call(message, "macAddress") && message.macAddress !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.macAddress);
                    if (message.fixedIps != null && message.fixedIps.length)
                        for (let i = 0; i < message.fixedIps.length; ++i)
                            $root.trellis.feed.v2.FixedIp.encode(message.fixedIps[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                    if (message.mobilitySeq != null && $Object.hasOwnProperty.call(message, "mobilitySeq") && (typeof message.mobilitySeq === "object" ? message.mobilitySeq.low || message.mobilitySeq.high : message.mobilitySeq !== 0))
                        writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.mobilitySeq);
                    if (message.bindings != null && message.bindings.length)
                        for (let i = 0; i < message.bindings.length; ++i)
                            $root.trellis.feed.v2.Binding.encode(message.bindings[i], writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                    if (message.deviceOwner != null && $Object.hasOwnProperty.call(message, "deviceOwner") && message.deviceOwner !== "")
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.deviceOwner);
                    if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId") && message.deviceId !== "")
                        writer.uint32(/* id 8, wireType 2 =*/66).string(message.deviceId);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Port message from the specified reader or buffer.
                 * @function decode
                 * @memberof trellis.feed.v2.Port
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {trellis.feed.v2.Port & trellis.feed.v2.Port.$Shape} Port
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Port.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.trellis.feed.v2.Port();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.id = value;
                                else
                                    delete message.id;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.networkId = value;
                                else
                                    delete message.networkId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.macAddress = value;
                                else
                                    delete message.macAddress;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.fixedIps && message.fixedIps.length))
                                    message.fixedIps = [];
                                message.fixedIps.push($root.trellis.feed.v2.FixedIp.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.mobilitySeq = value;
                                else
                                    delete message.mobilitySeq;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.bindings && message.bindings.length))
                                    message.bindings = [];
                                message.bindings.push($root.trellis.feed.v2.Binding.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.deviceOwner = value;
                                else
                                    delete message.deviceOwner;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.deviceId = value;
                                else
                                    delete message.deviceId;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for Port
                 * @function getTypeUrl
                 * @memberof trellis.feed.v2.Port
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Port.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/trellis.feed.v2.Port";
                };

                return Port;
            })();

            v2.HostRoute = (function() {

                /**
                 * Properties of a HostRoute.
                 * @typedef {Object} trellis.feed.v2.HostRoute.$Properties
                 * @property {string|null} [destination] HostRoute destination
                 * @property {string|null} [nexthop] HostRoute nexthop
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a HostRoute.
                 * @memberof trellis.feed.v2
                 * @interface IHostRoute
                 * @augments trellis.feed.v2.HostRoute.$Properties
                 * @deprecated Use trellis.feed.v2.HostRoute.$Properties instead.
                 */

                /**
                 * Shape of a HostRoute.
                 * @typedef {trellis.feed.v2.HostRoute.$Properties} trellis.feed.v2.HostRoute.$Shape
                 */

                /**
                 * Constructs a new HostRoute.
                 * @memberof trellis.feed.v2
                 * @classdesc Represents a HostRoute.
                 * @constructor
                 * @param {trellis.feed.v2.HostRoute.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const HostRoute = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * HostRoute destination.
                 * @member {string} destination
                 * @memberof trellis.feed.v2.HostRoute
                 * @instance
                 */
                HostRoute.prototype.destination = "";

                /**
                 * HostRoute nexthop.
                 * @member {string} nexthop
                 * @memberof trellis.feed.v2.HostRoute
                 * @instance
                 */
                HostRoute.prototype.nexthop = "";

                /**
                 * Creates a new HostRoute instance using the specified properties.
                 * @function create
                 * @memberof trellis.feed.v2.HostRoute
                 * @static
                 * @param {trellis.feed.v2.HostRoute.$Properties=} [properties] Properties to set
                 * @returns {trellis.feed.v2.HostRoute} HostRoute instance
                 * @type {{
                 *   (properties: trellis.feed.v2.HostRoute.$Shape): trellis.feed.v2.HostRoute & trellis.feed.v2.HostRoute.$Shape;
                 *   (properties?: trellis.feed.v2.HostRoute.$Properties): trellis.feed.v2.HostRoute;
                 * }}
                 */
                HostRoute.create = function(properties) {
                    return new HostRoute(properties);
                };

                /**
                 * Encodes the specified HostRoute message. Does not implicitly {@link trellis.feed.v2.HostRoute.verify|verify} messages.
                 * @function encode
                 * @memberof trellis.feed.v2.HostRoute
                 * @static
                 * @param {trellis.feed.v2.HostRoute.$Properties} message HostRoute message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                HostRoute.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.destination != null && $Object.hasOwnProperty.call(message, "destination") && message.destination !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.destination);
                    if (message.nexthop != null && $Object.hasOwnProperty.call(message, "nexthop") && message.nexthop !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.nexthop);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a HostRoute message from the specified reader or buffer.
                 * @function decode
                 * @memberof trellis.feed.v2.HostRoute
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {trellis.feed.v2.HostRoute & trellis.feed.v2.HostRoute.$Shape} HostRoute
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                HostRoute.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.trellis.feed.v2.HostRoute();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.destination = value;
                                else
                                    delete message.destination;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.nexthop = value;
                                else
                                    delete message.nexthop;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for HostRoute
                 * @function getTypeUrl
                 * @memberof trellis.feed.v2.HostRoute
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                HostRoute.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/trellis.feed.v2.HostRoute";
                };

                return HostRoute;
            })();

            v2.Subnet = (function() {

                /**
                 * Properties of a Subnet.
                 * @typedef {Object} trellis.feed.v2.Subnet.$Properties
                 * @property {string|null} [id] Subnet id
                 * @property {string|null} [networkId] Subnet networkId
                 * @property {number|null} [ipVersion] Subnet ipVersion
                 * @property {string|null} [cidr] Subnet cidr
                 * @property {string|null} [gatewayIp] Subnet gatewayIp
                 * @property {boolean|null} [enableDhcp] Subnet enableDhcp
                 * @property {Array.<string>|null} [dnsNameservers] Subnet dnsNameservers
                 * @property {Array.<trellis.feed.v2.HostRoute.$Properties>|null} [hostRoutes] Subnet hostRoutes
                 * @property {string|null} [ipv6AddressMode] Subnet ipv6AddressMode
                 * @property {string|null} [ipv6RaMode] Subnet ipv6RaMode
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Subnet.
                 * @memberof trellis.feed.v2
                 * @interface ISubnet
                 * @augments trellis.feed.v2.Subnet.$Properties
                 * @deprecated Use trellis.feed.v2.Subnet.$Properties instead.
                 */

                /**
                 * Shape of a Subnet.
                 * @typedef {trellis.feed.v2.Subnet.$Properties} trellis.feed.v2.Subnet.$Shape
                 */

                /**
                 * Constructs a new Subnet.
                 * @memberof trellis.feed.v2
                 * @classdesc Represents a Subnet.
                 * @constructor
                 * @param {trellis.feed.v2.Subnet.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Subnet = function (properties) {
                    this.dnsNameservers = [];
                    this.hostRoutes = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Subnet id.
                 * @member {string} id
                 * @memberof trellis.feed.v2.Subnet
                 * @instance
                 */
                Subnet.prototype.id = "";

                /**
                 * Subnet networkId.
                 * @member {string} networkId
                 * @memberof trellis.feed.v2.Subnet
                 * @instance
                 */
                Subnet.prototype.networkId = "";

                /**
                 * Subnet ipVersion.
                 * @member {number} ipVersion
                 * @memberof trellis.feed.v2.Subnet
                 * @instance
                 */
                Subnet.prototype.ipVersion = 0;

                /**
                 * Subnet cidr.
                 * @member {string} cidr
                 * @memberof trellis.feed.v2.Subnet
                 * @instance
                 */
                Subnet.prototype.cidr = "";

                /**
                 * Subnet gatewayIp.
                 * @member {string} gatewayIp
                 * @memberof trellis.feed.v2.Subnet
                 * @instance
                 */
                Subnet.prototype.gatewayIp = "";

                /**
                 * Subnet enableDhcp.
                 * @member {boolean} enableDhcp
                 * @memberof trellis.feed.v2.Subnet
                 * @instance
                 */
                Subnet.prototype.enableDhcp = false;

                /**
                 * Subnet dnsNameservers.
                 * @member {Array.<string>} dnsNameservers
                 * @memberof trellis.feed.v2.Subnet
                 * @instance
                 */
                Subnet.prototype.dnsNameservers = $util.emptyArray;

                /**
                 * Subnet hostRoutes.
                 * @member {Array.<trellis.feed.v2.HostRoute.$Properties>} hostRoutes
                 * @memberof trellis.feed.v2.Subnet
                 * @instance
                 */
                Subnet.prototype.hostRoutes = $util.emptyArray;

                /**
                 * Subnet ipv6AddressMode.
                 * @member {string} ipv6AddressMode
                 * @memberof trellis.feed.v2.Subnet
                 * @instance
                 */
                Subnet.prototype.ipv6AddressMode = "";

                /**
                 * Subnet ipv6RaMode.
                 * @member {string} ipv6RaMode
                 * @memberof trellis.feed.v2.Subnet
                 * @instance
                 */
                Subnet.prototype.ipv6RaMode = "";

                /**
                 * Creates a new Subnet instance using the specified properties.
                 * @function create
                 * @memberof trellis.feed.v2.Subnet
                 * @static
                 * @param {trellis.feed.v2.Subnet.$Properties=} [properties] Properties to set
                 * @returns {trellis.feed.v2.Subnet} Subnet instance
                 * @type {{
                 *   (properties: trellis.feed.v2.Subnet.$Shape): trellis.feed.v2.Subnet & trellis.feed.v2.Subnet.$Shape;
                 *   (properties?: trellis.feed.v2.Subnet.$Properties): trellis.feed.v2.Subnet;
                 * }}
                 */
                Subnet.create = function(properties) {
                    return new Subnet(properties);
                };

                /**
                 * Encodes the specified Subnet message. Does not implicitly {@link trellis.feed.v2.Subnet.verify|verify} messages.
                 * @function encode
                 * @memberof trellis.feed.v2.Subnet
                 * @static
                 * @param {trellis.feed.v2.Subnet.$Properties} message Subnet message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Subnet.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    if (message.networkId != null && $Object.hasOwnProperty.call(message, "networkId") && message.networkId !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.networkId);
                    if (message.ipVersion != null && $Object.hasOwnProperty.call(message, "ipVersion") && message.ipVersion !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.ipVersion);
                    if (message.cidr != null && $Object.hasOwnProperty.call(message, "cidr") && message.cidr !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.cidr);
                    if (message.gatewayIp != null && $Object.hasOwnProperty.call(message, "gatewayIp") && message.gatewayIp !== "")
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.gatewayIp);
                    if (message.enableDhcp != null && $Object.hasOwnProperty.call(message, "enableDhcp") && message.enableDhcp !== false)
                        writer.uint32(/* id 6, wireType 0 =*/48).bool(message.enableDhcp);
                    if (message.dnsNameservers != null && message.dnsNameservers.length)
                        for (let i = 0; i < message.dnsNameservers.length; ++i)
                            writer.uint32(/* id 7, wireType 2 =*/58).string(message.dnsNameservers[i]);
                    if (message.hostRoutes != null && message.hostRoutes.length)
                        for (let i = 0; i < message.hostRoutes.length; ++i)
                            $root.trellis.feed.v2.HostRoute.encode(message.hostRoutes[i], writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                    if (message.ipv6AddressMode != null && $Object.hasOwnProperty.call(message, "ipv6AddressMode") && message.ipv6AddressMode !== "")
                        writer.uint32(/* id 9, wireType 2 =*/74).string(message.ipv6AddressMode);
                    if (message.ipv6RaMode != null && $Object.hasOwnProperty.call(message, "ipv6RaMode") && message.ipv6RaMode !== "")
                        writer.uint32(/* id 10, wireType 2 =*/82).string(message.ipv6RaMode);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Subnet message from the specified reader or buffer.
                 * @function decode
                 * @memberof trellis.feed.v2.Subnet
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {trellis.feed.v2.Subnet & trellis.feed.v2.Subnet.$Shape} Subnet
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Subnet.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.trellis.feed.v2.Subnet();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.id = value;
                                else
                                    delete message.id;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.networkId = value;
                                else
                                    delete message.networkId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.ipVersion = value;
                                else
                                    delete message.ipVersion;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.cidr = value;
                                else
                                    delete message.cidr;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.gatewayIp = value;
                                else
                                    delete message.gatewayIp;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.enableDhcp = value;
                                else
                                    delete message.enableDhcp;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.dnsNameservers && message.dnsNameservers.length))
                                    message.dnsNameservers = [];
                                message.dnsNameservers.push(reader.stringVerify());
                                continue;
                            }
                        case 8: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.hostRoutes && message.hostRoutes.length))
                                    message.hostRoutes = [];
                                message.hostRoutes.push($root.trellis.feed.v2.HostRoute.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 9: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.ipv6AddressMode = value;
                                else
                                    delete message.ipv6AddressMode;
                                continue;
                            }
                        case 10: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.ipv6RaMode = value;
                                else
                                    delete message.ipv6RaMode;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for Subnet
                 * @function getTypeUrl
                 * @memberof trellis.feed.v2.Subnet
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Subnet.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/trellis.feed.v2.Subnet";
                };

                return Subnet;
            })();

            v2.RouterInterface = (function() {

                /**
                 * Properties of a RouterInterface.
                 * @typedef {Object} trellis.feed.v2.RouterInterface.$Properties
                 * @property {string|null} [portId] RouterInterface portId
                 * @property {string|null} [subnetId] RouterInterface subnetId
                 * @property {string|null} [networkId] RouterInterface networkId
                 * @property {string|null} [ipAddress] RouterInterface ipAddress
                 * @property {string|null} [macAddress] RouterInterface macAddress
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a RouterInterface.
                 * @memberof trellis.feed.v2
                 * @interface IRouterInterface
                 * @augments trellis.feed.v2.RouterInterface.$Properties
                 * @deprecated Use trellis.feed.v2.RouterInterface.$Properties instead.
                 */

                /**
                 * Shape of a RouterInterface.
                 * @typedef {trellis.feed.v2.RouterInterface.$Properties} trellis.feed.v2.RouterInterface.$Shape
                 */

                /**
                 * Constructs a new RouterInterface.
                 * @memberof trellis.feed.v2
                 * @classdesc Represents a RouterInterface.
                 * @constructor
                 * @param {trellis.feed.v2.RouterInterface.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const RouterInterface = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * RouterInterface portId.
                 * @member {string} portId
                 * @memberof trellis.feed.v2.RouterInterface
                 * @instance
                 */
                RouterInterface.prototype.portId = "";

                /**
                 * RouterInterface subnetId.
                 * @member {string} subnetId
                 * @memberof trellis.feed.v2.RouterInterface
                 * @instance
                 */
                RouterInterface.prototype.subnetId = "";

                /**
                 * RouterInterface networkId.
                 * @member {string} networkId
                 * @memberof trellis.feed.v2.RouterInterface
                 * @instance
                 */
                RouterInterface.prototype.networkId = "";

                /**
                 * RouterInterface ipAddress.
                 * @member {string} ipAddress
                 * @memberof trellis.feed.v2.RouterInterface
                 * @instance
                 */
                RouterInterface.prototype.ipAddress = "";

                /**
                 * RouterInterface macAddress.
                 * @member {string} macAddress
                 * @memberof trellis.feed.v2.RouterInterface
                 * @instance
                 */
                RouterInterface.prototype.macAddress = "";

                /**
                 * Creates a new RouterInterface instance using the specified properties.
                 * @function create
                 * @memberof trellis.feed.v2.RouterInterface
                 * @static
                 * @param {trellis.feed.v2.RouterInterface.$Properties=} [properties] Properties to set
                 * @returns {trellis.feed.v2.RouterInterface} RouterInterface instance
                 * @type {{
                 *   (properties: trellis.feed.v2.RouterInterface.$Shape): trellis.feed.v2.RouterInterface & trellis.feed.v2.RouterInterface.$Shape;
                 *   (properties?: trellis.feed.v2.RouterInterface.$Properties): trellis.feed.v2.RouterInterface;
                 * }}
                 */
                RouterInterface.create = function(properties) {
                    return new RouterInterface(properties);
                };

                /**
                 * Encodes the specified RouterInterface message. Does not implicitly {@link trellis.feed.v2.RouterInterface.verify|verify} messages.
                 * @function encode
                 * @memberof trellis.feed.v2.RouterInterface
                 * @static
                 * @param {trellis.feed.v2.RouterInterface.$Properties} message RouterInterface message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                RouterInterface.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.portId != null && $Object.hasOwnProperty.call(message, "portId") && message.portId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.portId);
                    if (message.subnetId != null && $Object.hasOwnProperty.call(message, "subnetId") && message.subnetId !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.subnetId);
                    if (message.networkId != null && $Object.hasOwnProperty.call(message, "networkId") && message.networkId !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.networkId);
                    if (message.ipAddress != null && $Object.hasOwnProperty.call(message, "ipAddress") && message.ipAddress !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.ipAddress);
                    if (message.macAddress != null && $Object.hasOwnProperty.call(message, "macAddress") && message.macAddress !== "")
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.macAddress);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a RouterInterface message from the specified reader or buffer.
                 * @function decode
                 * @memberof trellis.feed.v2.RouterInterface
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {trellis.feed.v2.RouterInterface & trellis.feed.v2.RouterInterface.$Shape} RouterInterface
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                RouterInterface.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.trellis.feed.v2.RouterInterface();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.portId = value;
                                else
                                    delete message.portId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.subnetId = value;
                                else
                                    delete message.subnetId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.networkId = value;
                                else
                                    delete message.networkId;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.ipAddress = value;
                                else
                                    delete message.ipAddress;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.macAddress = value;
                                else
                                    delete message.macAddress;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for RouterInterface
                 * @function getTypeUrl
                 * @memberof trellis.feed.v2.RouterInterface
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                RouterInterface.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/trellis.feed.v2.RouterInterface";
                };

                return RouterInterface;
            })();

            v2.Router = (function() {

                /**
                 * Properties of a Router.
                 * @typedef {Object} trellis.feed.v2.Router.$Properties
                 * @property {string|null} [id] Router id
                 * @property {boolean|null} [adminStateUp] Router adminStateUp
                 * @property {Array.<trellis.feed.v2.RouterInterface.$Properties>|null} [interfaces] Router interfaces
                 * @property {Array.<trellis.feed.v2.HostRoute.$Properties>|null} [routes] Router routes
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Router.
                 * @memberof trellis.feed.v2
                 * @interface IRouter
                 * @augments trellis.feed.v2.Router.$Properties
                 * @deprecated Use trellis.feed.v2.Router.$Properties instead.
                 */

                /**
                 * Shape of a Router.
                 * @typedef {trellis.feed.v2.Router.$Properties} trellis.feed.v2.Router.$Shape
                 */

                /**
                 * Constructs a new Router.
                 * @memberof trellis.feed.v2
                 * @classdesc Represents a Router.
                 * @constructor
                 * @param {trellis.feed.v2.Router.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Router = function (properties) {
                    this.interfaces = [];
                    this.routes = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Router id.
                 * @member {string} id
                 * @memberof trellis.feed.v2.Router
                 * @instance
                 */
                Router.prototype.id = "";

                /**
                 * Router adminStateUp.
                 * @member {boolean} adminStateUp
                 * @memberof trellis.feed.v2.Router
                 * @instance
                 */
                Router.prototype.adminStateUp = false;

                /**
                 * Router interfaces.
                 * @member {Array.<trellis.feed.v2.RouterInterface.$Properties>} interfaces
                 * @memberof trellis.feed.v2.Router
                 * @instance
                 */
                Router.prototype.interfaces = $util.emptyArray;

                /**
                 * Router routes.
                 * @member {Array.<trellis.feed.v2.HostRoute.$Properties>} routes
                 * @memberof trellis.feed.v2.Router
                 * @instance
                 */
                Router.prototype.routes = $util.emptyArray;

                /**
                 * Creates a new Router instance using the specified properties.
                 * @function create
                 * @memberof trellis.feed.v2.Router
                 * @static
                 * @param {trellis.feed.v2.Router.$Properties=} [properties] Properties to set
                 * @returns {trellis.feed.v2.Router} Router instance
                 * @type {{
                 *   (properties: trellis.feed.v2.Router.$Shape): trellis.feed.v2.Router & trellis.feed.v2.Router.$Shape;
                 *   (properties?: trellis.feed.v2.Router.$Properties): trellis.feed.v2.Router;
                 * }}
                 */
                Router.create = function(properties) {
                    return new Router(properties);
                };

                /**
                 * Encodes the specified Router message. Does not implicitly {@link trellis.feed.v2.Router.verify|verify} messages.
                 * @function encode
                 * @memberof trellis.feed.v2.Router
                 * @static
                 * @param {trellis.feed.v2.Router.$Properties} message Router message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Router.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    if (message.adminStateUp != null && $Object.hasOwnProperty.call(message, "adminStateUp") && message.adminStateUp !== false)
                        writer.uint32(/* id 2, wireType 0 =*/16).bool(message.adminStateUp);
                    if (message.interfaces != null && message.interfaces.length)
                        for (let i = 0; i < message.interfaces.length; ++i)
                            $root.trellis.feed.v2.RouterInterface.encode(message.interfaces[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.routes != null && message.routes.length)
                        for (let i = 0; i < message.routes.length; ++i)
                            $root.trellis.feed.v2.HostRoute.encode(message.routes[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Router message from the specified reader or buffer.
                 * @function decode
                 * @memberof trellis.feed.v2.Router
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {trellis.feed.v2.Router & trellis.feed.v2.Router.$Shape} Router
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Router.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.trellis.feed.v2.Router();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.id = value;
                                else
                                    delete message.id;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.adminStateUp = value;
                                else
                                    delete message.adminStateUp;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.interfaces && message.interfaces.length))
                                    message.interfaces = [];
                                message.interfaces.push($root.trellis.feed.v2.RouterInterface.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.routes && message.routes.length))
                                    message.routes = [];
                                message.routes.push($root.trellis.feed.v2.HostRoute.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for Router
                 * @function getTypeUrl
                 * @memberof trellis.feed.v2.Router
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Router.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/trellis.feed.v2.Router";
                };

                return Router;
            })();

            v2.PortStatus = (function() {

                /**
                 * Properties of a PortStatus.
                 * @typedef {Object} trellis.feed.v2.PortStatus.$Properties
                 * @property {string|null} [id] PortStatus id
                 * @property {string|null} [status] PortStatus status
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a PortStatus.
                 * @memberof trellis.feed.v2
                 * @interface IPortStatus
                 * @augments trellis.feed.v2.PortStatus.$Properties
                 * @deprecated Use trellis.feed.v2.PortStatus.$Properties instead.
                 */

                /**
                 * Shape of a PortStatus.
                 * @typedef {trellis.feed.v2.PortStatus.$Properties} trellis.feed.v2.PortStatus.$Shape
                 */

                /**
                 * Constructs a new PortStatus.
                 * @memberof trellis.feed.v2
                 * @classdesc Represents a PortStatus.
                 * @constructor
                 * @param {trellis.feed.v2.PortStatus.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const PortStatus = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * PortStatus id.
                 * @member {string} id
                 * @memberof trellis.feed.v2.PortStatus
                 * @instance
                 */
                PortStatus.prototype.id = "";

                /**
                 * PortStatus status.
                 * @member {string} status
                 * @memberof trellis.feed.v2.PortStatus
                 * @instance
                 */
                PortStatus.prototype.status = "";

                /**
                 * Creates a new PortStatus instance using the specified properties.
                 * @function create
                 * @memberof trellis.feed.v2.PortStatus
                 * @static
                 * @param {trellis.feed.v2.PortStatus.$Properties=} [properties] Properties to set
                 * @returns {trellis.feed.v2.PortStatus} PortStatus instance
                 * @type {{
                 *   (properties: trellis.feed.v2.PortStatus.$Shape): trellis.feed.v2.PortStatus & trellis.feed.v2.PortStatus.$Shape;
                 *   (properties?: trellis.feed.v2.PortStatus.$Properties): trellis.feed.v2.PortStatus;
                 * }}
                 */
                PortStatus.create = function(properties) {
                    return new PortStatus(properties);
                };

                /**
                 * Encodes the specified PortStatus message. Does not implicitly {@link trellis.feed.v2.PortStatus.verify|verify} messages.
                 * @function encode
                 * @memberof trellis.feed.v2.PortStatus
                 * @static
                 * @param {trellis.feed.v2.PortStatus.$Properties} message PortStatus message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                PortStatus.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.status);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a PortStatus message from the specified reader or buffer.
                 * @function decode
                 * @memberof trellis.feed.v2.PortStatus
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {trellis.feed.v2.PortStatus & trellis.feed.v2.PortStatus.$Shape} PortStatus
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                PortStatus.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.trellis.feed.v2.PortStatus();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.id = value;
                                else
                                    delete message.id;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.status = value;
                                else
                                    delete message.status;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for PortStatus
                 * @function getTypeUrl
                 * @memberof trellis.feed.v2.PortStatus
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                PortStatus.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/trellis.feed.v2.PortStatus";
                };

                return PortStatus;
            })();

            v2.HostLiveness = (function() {

                /**
                 * Properties of a HostLiveness.
                 * @typedef {Object} trellis.feed.v2.HostLiveness.$Properties
                 * @property {string|null} [id] HostLiveness id
                 * @property {string|null} [agentState] HostLiveness agentState
                 * @property {string|null} [agentVersion] HostLiveness agentVersion
                 * @property {number|null} [lastHeartbeatMs] HostLiveness lastHeartbeatMs
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a HostLiveness.
                 * @memberof trellis.feed.v2
                 * @interface IHostLiveness
                 * @augments trellis.feed.v2.HostLiveness.$Properties
                 * @deprecated Use trellis.feed.v2.HostLiveness.$Properties instead.
                 */

                /**
                 * Shape of a HostLiveness.
                 * @typedef {trellis.feed.v2.HostLiveness.$Properties} trellis.feed.v2.HostLiveness.$Shape
                 */

                /**
                 * Constructs a new HostLiveness.
                 * @memberof trellis.feed.v2
                 * @classdesc Represents a HostLiveness.
                 * @constructor
                 * @param {trellis.feed.v2.HostLiveness.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const HostLiveness = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * HostLiveness id.
                 * @member {string} id
                 * @memberof trellis.feed.v2.HostLiveness
                 * @instance
                 */
                HostLiveness.prototype.id = "";

                /**
                 * HostLiveness agentState.
                 * @member {string} agentState
                 * @memberof trellis.feed.v2.HostLiveness
                 * @instance
                 */
                HostLiveness.prototype.agentState = "";

                /**
                 * HostLiveness agentVersion.
                 * @member {string} agentVersion
                 * @memberof trellis.feed.v2.HostLiveness
                 * @instance
                 */
                HostLiveness.prototype.agentVersion = "";

                /**
                 * HostLiveness lastHeartbeatMs.
                 * @member {number} lastHeartbeatMs
                 * @memberof trellis.feed.v2.HostLiveness
                 * @instance
                 */
                HostLiveness.prototype.lastHeartbeatMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new HostLiveness instance using the specified properties.
                 * @function create
                 * @memberof trellis.feed.v2.HostLiveness
                 * @static
                 * @param {trellis.feed.v2.HostLiveness.$Properties=} [properties] Properties to set
                 * @returns {trellis.feed.v2.HostLiveness} HostLiveness instance
                 * @type {{
                 *   (properties: trellis.feed.v2.HostLiveness.$Shape): trellis.feed.v2.HostLiveness & trellis.feed.v2.HostLiveness.$Shape;
                 *   (properties?: trellis.feed.v2.HostLiveness.$Properties): trellis.feed.v2.HostLiveness;
                 * }}
                 */
                HostLiveness.create = function(properties) {
                    return new HostLiveness(properties);
                };

                /**
                 * Encodes the specified HostLiveness message. Does not implicitly {@link trellis.feed.v2.HostLiveness.verify|verify} messages.
                 * @function encode
                 * @memberof trellis.feed.v2.HostLiveness
                 * @static
                 * @param {trellis.feed.v2.HostLiveness.$Properties} message HostLiveness message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                HostLiveness.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    if (message.agentState != null && $Object.hasOwnProperty.call(message, "agentState") && message.agentState !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.agentState);
                    if (message.agentVersion != null && $Object.hasOwnProperty.call(message, "agentVersion") && message.agentVersion !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.agentVersion);
                    if (message.lastHeartbeatMs != null && $Object.hasOwnProperty.call(message, "lastHeartbeatMs") && (typeof message.lastHeartbeatMs === "object" ? message.lastHeartbeatMs.low || message.lastHeartbeatMs.high : message.lastHeartbeatMs !== 0))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.lastHeartbeatMs);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a HostLiveness message from the specified reader or buffer.
                 * @function decode
                 * @memberof trellis.feed.v2.HostLiveness
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {trellis.feed.v2.HostLiveness & trellis.feed.v2.HostLiveness.$Shape} HostLiveness
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                HostLiveness.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.trellis.feed.v2.HostLiveness();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.id = value;
                                else
                                    delete message.id;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.agentState = value;
                                else
                                    delete message.agentState;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.agentVersion = value;
                                else
                                    delete message.agentVersion;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.lastHeartbeatMs = value;
                                else
                                    delete message.lastHeartbeatMs;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for HostLiveness
                 * @function getTypeUrl
                 * @memberof trellis.feed.v2.HostLiveness
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                HostLiveness.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/trellis.feed.v2.HostLiveness";
                };

                return HostLiveness;
            })();

            v2.Resource = (function() {

                /**
                 * Properties of a Resource.
                 * @typedef {Object} trellis.feed.v2.Resource.$Properties
                 * @property {trellis.feed.v2.Host.$Properties|null} [host] Resource host
                 * @property {trellis.feed.v2.Network.$Properties|null} [network] Resource network
                 * @property {trellis.feed.v2.Port.$Properties|null} [port] Resource port
                 * @property {trellis.feed.v2.PortStatus.$Properties|null} [portStatus] Resource portStatus
                 * @property {trellis.feed.v2.HostLiveness.$Properties|null} [hostLiveness] Resource hostLiveness
                 * @property {trellis.feed.v2.Subnet.$Properties|null} [subnet] Resource subnet
                 * @property {trellis.feed.v2.Router.$Properties|null} [router] Resource router
                 * @property {"host"|"network"|"port"|"portStatus"|"hostLiveness"|"subnet"|"router"} [body] Resource body
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Resource.
                 * @memberof trellis.feed.v2
                 * @interface IResource
                 * @augments trellis.feed.v2.Resource.$Properties
                 * @deprecated Use trellis.feed.v2.Resource.$Properties instead.
                 */

                /**
                 * Narrowed shape of a Resource.
                 * @typedef {{
                 *   host?: trellis.feed.v2.Host.$Shape|null;
                 *   network?: trellis.feed.v2.Network.$Shape|null;
                 *   port?: trellis.feed.v2.Port.$Shape|null;
                 *   portStatus?: trellis.feed.v2.PortStatus.$Shape|null;
                 *   hostLiveness?: trellis.feed.v2.HostLiveness.$Shape|null;
                 *   subnet?: trellis.feed.v2.Subnet.$Shape|null;
                 *   router?: trellis.feed.v2.Router.$Shape|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * } & (
                 *   ({ body?: undefined; host?: null; network?: null; port?: null; portStatus?: null; hostLiveness?: null; subnet?: null; router?: null }|{ body?: "host"; host: trellis.feed.v2.Host.$Shape; network?: null; port?: null; portStatus?: null; hostLiveness?: null; subnet?: null; router?: null }|{ body?: "network"; host?: null; network: trellis.feed.v2.Network.$Shape; port?: null; portStatus?: null; hostLiveness?: null; subnet?: null; router?: null }|{ body?: "port"; host?: null; network?: null; port: trellis.feed.v2.Port.$Shape; portStatus?: null; hostLiveness?: null; subnet?: null; router?: null }|{ body?: "portStatus"; host?: null; network?: null; port?: null; portStatus: trellis.feed.v2.PortStatus.$Shape; hostLiveness?: null; subnet?: null; router?: null }|{ body?: "hostLiveness"; host?: null; network?: null; port?: null; portStatus?: null; hostLiveness: trellis.feed.v2.HostLiveness.$Shape; subnet?: null; router?: null }|{ body?: "subnet"; host?: null; network?: null; port?: null; portStatus?: null; hostLiveness?: null; subnet: trellis.feed.v2.Subnet.$Shape; router?: null }|{ body?: "router"; host?: null; network?: null; port?: null; portStatus?: null; hostLiveness?: null; subnet?: null; router: trellis.feed.v2.Router.$Shape })
                 * )} trellis.feed.v2.Resource.$Shape
                 */

                /**
                 * Constructs a new Resource.
                 * @memberof trellis.feed.v2
                 * @classdesc Represents a Resource.
                 * @constructor
                 * @param {trellis.feed.v2.Resource.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Resource = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Resource host.
                 * @member {trellis.feed.v2.Host.$Properties|null|undefined} host
                 * @memberof trellis.feed.v2.Resource
                 * @instance
                 */
                Resource.prototype.host = null;

                /**
                 * Resource network.
                 * @member {trellis.feed.v2.Network.$Properties|null|undefined} network
                 * @memberof trellis.feed.v2.Resource
                 * @instance
                 */
                Resource.prototype.network = null;

                /**
                 * Resource port.
                 * @member {trellis.feed.v2.Port.$Properties|null|undefined} port
                 * @memberof trellis.feed.v2.Resource
                 * @instance
                 */
                Resource.prototype.port = null;

                /**
                 * Resource portStatus.
                 * @member {trellis.feed.v2.PortStatus.$Properties|null|undefined} portStatus
                 * @memberof trellis.feed.v2.Resource
                 * @instance
                 */
                Resource.prototype.portStatus = null;

                /**
                 * Resource hostLiveness.
                 * @member {trellis.feed.v2.HostLiveness.$Properties|null|undefined} hostLiveness
                 * @memberof trellis.feed.v2.Resource
                 * @instance
                 */
                Resource.prototype.hostLiveness = null;

                /**
                 * Resource subnet.
                 * @member {trellis.feed.v2.Subnet.$Properties|null|undefined} subnet
                 * @memberof trellis.feed.v2.Resource
                 * @instance
                 */
                Resource.prototype.subnet = null;

                /**
                 * Resource router.
                 * @member {trellis.feed.v2.Router.$Properties|null|undefined} router
                 * @memberof trellis.feed.v2.Resource
                 * @instance
                 */
                Resource.prototype.router = null;

                // OneOf field names bound to virtual getters and setters
                let $oneOfFields;

                /**
                 * Resource body.
                 * @member {"host"|"network"|"port"|"portStatus"|"hostLiveness"|"subnet"|"router"|undefined} body
                 * @memberof trellis.feed.v2.Resource
                 * @instance
                 */
                $Object.defineProperty(Resource.prototype, "body", {
                    get: $util.oneOfGetter($oneOfFields = ["host", "network", "port", "portStatus", "hostLiveness", "subnet", "router"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Creates a new Resource instance using the specified properties.
                 * @function create
                 * @memberof trellis.feed.v2.Resource
                 * @static
                 * @param {trellis.feed.v2.Resource.$Properties=} [properties] Properties to set
                 * @returns {trellis.feed.v2.Resource} Resource instance
                 * @type {{
                 *   (properties: trellis.feed.v2.Resource.$Shape): trellis.feed.v2.Resource & trellis.feed.v2.Resource.$Shape;
                 *   (properties?: trellis.feed.v2.Resource.$Properties): trellis.feed.v2.Resource;
                 * }}
                 */
                Resource.create = function(properties) {
                    return new Resource(properties);
                };

                /**
                 * Encodes the specified Resource message. Does not implicitly {@link trellis.feed.v2.Resource.verify|verify} messages.
                 * @function encode
                 * @memberof trellis.feed.v2.Resource
                 * @static
                 * @param {trellis.feed.v2.Resource.$Properties} message Resource message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Resource.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.host != null && $Object.hasOwnProperty.call(message, "host"))
                        $root.trellis.feed.v2.Host.encode(message.host, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.network != null && $Object.hasOwnProperty.call(message, "network"))
                        $root.trellis.feed.v2.Network.encode(message.network, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.port != null && $Object.hasOwnProperty.call(message, "port"))
                        $root.trellis.feed.v2.Port.encode(message.port, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.portStatus != null && $Object.hasOwnProperty.call(message, "portStatus"))
                        $root.trellis.feed.v2.PortStatus.encode(message.portStatus, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                    if (message.hostLiveness != null && $Object.hasOwnProperty.call(message, "hostLiveness"))
                        $root.trellis.feed.v2.HostLiveness.encode(message.hostLiveness, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                    if (message.subnet != null && $Object.hasOwnProperty.call(message, "subnet"))
                        $root.trellis.feed.v2.Subnet.encode(message.subnet, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                    if (message.router != null && $Object.hasOwnProperty.call(message, "router"))
                        $root.trellis.feed.v2.Router.encode(message.router, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Resource message from the specified reader or buffer.
                 * @function decode
                 * @memberof trellis.feed.v2.Resource
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {trellis.feed.v2.Resource & trellis.feed.v2.Resource.$Shape} Resource
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Resource.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.trellis.feed.v2.Resource();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.host = $root.trellis.feed.v2.Host.decode(reader, reader.size(), $undefined, _depth + 1, message.host);
                                message.body = "host";
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.network = $root.trellis.feed.v2.Network.decode(reader, reader.size(), $undefined, _depth + 1, message.network);
                                message.body = "network";
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.port = $root.trellis.feed.v2.Port.decode(reader, reader.size(), $undefined, _depth + 1, message.port);
                                message.body = "port";
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                message.portStatus = $root.trellis.feed.v2.PortStatus.decode(reader, reader.size(), $undefined, _depth + 1, message.portStatus);
                                message.body = "portStatus";
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                message.hostLiveness = $root.trellis.feed.v2.HostLiveness.decode(reader, reader.size(), $undefined, _depth + 1, message.hostLiveness);
                                message.body = "hostLiveness";
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                message.subnet = $root.trellis.feed.v2.Subnet.decode(reader, reader.size(), $undefined, _depth + 1, message.subnet);
                                message.body = "subnet";
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                message.router = $root.trellis.feed.v2.Router.decode(reader, reader.size(), $undefined, _depth + 1, message.router);
                                message.body = "router";
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for Resource
                 * @function getTypeUrl
                 * @memberof trellis.feed.v2.Resource
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Resource.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/trellis.feed.v2.Resource";
                };

                return Resource;
            })();

            /**
             * ChangeType enum.
             * @name trellis.feed.v2.ChangeType
             * @enum {number}
             * @property {number} CHANGE_TYPE_UNSPECIFIED=0 CHANGE_TYPE_UNSPECIFIED value
             * @property {number} CHANGE_TYPE_PUT=1 CHANGE_TYPE_PUT value
             * @property {number} CHANGE_TYPE_DELETE=2 CHANGE_TYPE_DELETE value
             */
            v2.ChangeType = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "CHANGE_TYPE_UNSPECIFIED"] = 0;
                values[valuesById[1] = "CHANGE_TYPE_PUT"] = 1;
                values[valuesById[2] = "CHANGE_TYPE_DELETE"] = 2;
                return values;
            })();

            v2.Change = (function() {

                /**
                 * Properties of a Change.
                 * @typedef {Object} trellis.feed.v2.Change.$Properties
                 * @property {trellis.feed.v2.ChangeType|null} [type] Change type
                 * @property {trellis.feed.v2.ResourceKind|null} [kind] Change kind
                 * @property {string|null} [id] Change id
                 * @property {Uint8Array|null} [resource] Change resource
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Change.
                 * @memberof trellis.feed.v2
                 * @interface IChange
                 * @augments trellis.feed.v2.Change.$Properties
                 * @deprecated Use trellis.feed.v2.Change.$Properties instead.
                 */

                /**
                 * Shape of a Change.
                 * @typedef {trellis.feed.v2.Change.$Properties} trellis.feed.v2.Change.$Shape
                 */

                /**
                 * Constructs a new Change.
                 * @memberof trellis.feed.v2
                 * @classdesc Represents a Change.
                 * @constructor
                 * @param {trellis.feed.v2.Change.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Change = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Change type.
                 * @member {trellis.feed.v2.ChangeType} type
                 * @memberof trellis.feed.v2.Change
                 * @instance
                 */
                Change.prototype.type = 0;

                /**
                 * Change kind.
                 * @member {trellis.feed.v2.ResourceKind} kind
                 * @memberof trellis.feed.v2.Change
                 * @instance
                 */
                Change.prototype.kind = 0;

                /**
                 * Change id.
                 * @member {string} id
                 * @memberof trellis.feed.v2.Change
                 * @instance
                 */
                Change.prototype.id = "";

                /**
                 * Change resource.
                 * @member {Uint8Array} resource
                 * @memberof trellis.feed.v2.Change
                 * @instance
                 */
                Change.prototype.resource = $util.newBuffer([]);

                /**
                 * Creates a new Change instance using the specified properties.
                 * @function create
                 * @memberof trellis.feed.v2.Change
                 * @static
                 * @param {trellis.feed.v2.Change.$Properties=} [properties] Properties to set
                 * @returns {trellis.feed.v2.Change} Change instance
                 * @type {{
                 *   (properties: trellis.feed.v2.Change.$Shape): trellis.feed.v2.Change & trellis.feed.v2.Change.$Shape;
                 *   (properties?: trellis.feed.v2.Change.$Properties): trellis.feed.v2.Change;
                 * }}
                 */
                Change.create = function(properties) {
                    return new Change(properties);
                };

                /**
                 * Encodes the specified Change message. Does not implicitly {@link trellis.feed.v2.Change.verify|verify} messages.
                 * @function encode
                 * @memberof trellis.feed.v2.Change
                 * @static
                 * @param {trellis.feed.v2.Change.$Properties} message Change message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Change.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).int32(message.type);
                    if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).int32(message.kind);
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.id);
                    if (message.resource != null && $Object.hasOwnProperty.call(message, "resource") && message.resource.length)
                        writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.resource);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Change message from the specified reader or buffer.
                 * @function decode
                 * @memberof trellis.feed.v2.Change
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {trellis.feed.v2.Change & trellis.feed.v2.Change.$Shape} Change
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Change.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.trellis.feed.v2.Change();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.type = value;
                                else
                                    delete message.type;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.kind = value;
                                else
                                    delete message.kind;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.id = value;
                                else
                                    delete message.id;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.resource = value;
                                else
                                    delete message.resource;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for Change
                 * @function getTypeUrl
                 * @memberof trellis.feed.v2.Change
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Change.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/trellis.feed.v2.Change";
                };

                return Change;
            })();

            v2.Revision = (function() {

                /**
                 * Properties of a Revision.
                 * @typedef {Object} trellis.feed.v2.Revision.$Properties
                 * @property {number|null} [revision] Revision revision
                 * @property {number|null} [timestampMs] Revision timestampMs
                 * @property {Array.<trellis.feed.v2.Change.$Properties>|null} [changes] Revision changes
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Revision.
                 * @memberof trellis.feed.v2
                 * @interface IRevision
                 * @augments trellis.feed.v2.Revision.$Properties
                 * @deprecated Use trellis.feed.v2.Revision.$Properties instead.
                 */

                /**
                 * Shape of a Revision.
                 * @typedef {trellis.feed.v2.Revision.$Properties} trellis.feed.v2.Revision.$Shape
                 */

                /**
                 * Constructs a new Revision.
                 * @memberof trellis.feed.v2
                 * @classdesc Represents a Revision.
                 * @constructor
                 * @param {trellis.feed.v2.Revision.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Revision = function (properties) {
                    this.changes = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Revision revision.
                 * @member {number} revision
                 * @memberof trellis.feed.v2.Revision
                 * @instance
                 */
                Revision.prototype.revision = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Revision timestampMs.
                 * @member {number} timestampMs
                 * @memberof trellis.feed.v2.Revision
                 * @instance
                 */
                Revision.prototype.timestampMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Revision changes.
                 * @member {Array.<trellis.feed.v2.Change.$Properties>} changes
                 * @memberof trellis.feed.v2.Revision
                 * @instance
                 */
                Revision.prototype.changes = $util.emptyArray;

                /**
                 * Creates a new Revision instance using the specified properties.
                 * @function create
                 * @memberof trellis.feed.v2.Revision
                 * @static
                 * @param {trellis.feed.v2.Revision.$Properties=} [properties] Properties to set
                 * @returns {trellis.feed.v2.Revision} Revision instance
                 * @type {{
                 *   (properties: trellis.feed.v2.Revision.$Shape): trellis.feed.v2.Revision & trellis.feed.v2.Revision.$Shape;
                 *   (properties?: trellis.feed.v2.Revision.$Properties): trellis.feed.v2.Revision;
                 * }}
                 */
                Revision.create = function(properties) {
                    return new Revision(properties);
                };

                /**
                 * Encodes the specified Revision message. Does not implicitly {@link trellis.feed.v2.Revision.verify|verify} messages.
                 * @function encode
                 * @memberof trellis.feed.v2.Revision
                 * @static
                 * @param {trellis.feed.v2.Revision.$Properties} message Revision message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Revision.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.revision != null && $Object.hasOwnProperty.call(message, "revision") && (typeof message.revision === "object" ? message.revision.low || message.revision.high : message.revision !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.revision);
                    if (message.timestampMs != null && $Object.hasOwnProperty.call(message, "timestampMs") && (typeof message.timestampMs === "object" ? message.timestampMs.low || message.timestampMs.high : message.timestampMs !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.timestampMs);
                    if (message.changes != null && message.changes.length)
                        for (let i = 0; i < message.changes.length; ++i)
                            $root.trellis.feed.v2.Change.encode(message.changes[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Revision message from the specified reader or buffer.
                 * @function decode
                 * @memberof trellis.feed.v2.Revision
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {trellis.feed.v2.Revision & trellis.feed.v2.Revision.$Shape} Revision
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Revision.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.trellis.feed.v2.Revision();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.revision = value;
                                else
                                    delete message.revision;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.timestampMs = value;
                                else
                                    delete message.timestampMs;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.changes && message.changes.length))
                                    message.changes = [];
                                message.changes.push($root.trellis.feed.v2.Change.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for Revision
                 * @function getTypeUrl
                 * @memberof trellis.feed.v2.Revision
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Revision.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/trellis.feed.v2.Revision";
                };

                return Revision;
            })();

            v2.SnapshotItem = (function() {

                /**
                 * Properties of a SnapshotItem.
                 * @typedef {Object} trellis.feed.v2.SnapshotItem.$Properties
                 * @property {trellis.feed.v2.ResourceKind|null} [kind] SnapshotItem kind
                 * @property {string|null} [id] SnapshotItem id
                 * @property {Uint8Array|null} [resource] SnapshotItem resource
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a SnapshotItem.
                 * @memberof trellis.feed.v2
                 * @interface ISnapshotItem
                 * @augments trellis.feed.v2.SnapshotItem.$Properties
                 * @deprecated Use trellis.feed.v2.SnapshotItem.$Properties instead.
                 */

                /**
                 * Shape of a SnapshotItem.
                 * @typedef {trellis.feed.v2.SnapshotItem.$Properties} trellis.feed.v2.SnapshotItem.$Shape
                 */

                /**
                 * Constructs a new SnapshotItem.
                 * @memberof trellis.feed.v2
                 * @classdesc Represents a SnapshotItem.
                 * @constructor
                 * @param {trellis.feed.v2.SnapshotItem.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const SnapshotItem = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * SnapshotItem kind.
                 * @member {trellis.feed.v2.ResourceKind} kind
                 * @memberof trellis.feed.v2.SnapshotItem
                 * @instance
                 */
                SnapshotItem.prototype.kind = 0;

                /**
                 * SnapshotItem id.
                 * @member {string} id
                 * @memberof trellis.feed.v2.SnapshotItem
                 * @instance
                 */
                SnapshotItem.prototype.id = "";

                /**
                 * SnapshotItem resource.
                 * @member {Uint8Array} resource
                 * @memberof trellis.feed.v2.SnapshotItem
                 * @instance
                 */
                SnapshotItem.prototype.resource = $util.newBuffer([]);

                /**
                 * Creates a new SnapshotItem instance using the specified properties.
                 * @function create
                 * @memberof trellis.feed.v2.SnapshotItem
                 * @static
                 * @param {trellis.feed.v2.SnapshotItem.$Properties=} [properties] Properties to set
                 * @returns {trellis.feed.v2.SnapshotItem} SnapshotItem instance
                 * @type {{
                 *   (properties: trellis.feed.v2.SnapshotItem.$Shape): trellis.feed.v2.SnapshotItem & trellis.feed.v2.SnapshotItem.$Shape;
                 *   (properties?: trellis.feed.v2.SnapshotItem.$Properties): trellis.feed.v2.SnapshotItem;
                 * }}
                 */
                SnapshotItem.create = function(properties) {
                    return new SnapshotItem(properties);
                };

                /**
                 * Encodes the specified SnapshotItem message. Does not implicitly {@link trellis.feed.v2.SnapshotItem.verify|verify} messages.
                 * @function encode
                 * @memberof trellis.feed.v2.SnapshotItem
                 * @static
                 * @param {trellis.feed.v2.SnapshotItem.$Properties} message SnapshotItem message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SnapshotItem.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).int32(message.kind);
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.id);
                    if (message.resource != null && $Object.hasOwnProperty.call(message, "resource") && message.resource.length)
                        writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.resource);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a SnapshotItem message from the specified reader or buffer.
                 * @function decode
                 * @memberof trellis.feed.v2.SnapshotItem
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {trellis.feed.v2.SnapshotItem & trellis.feed.v2.SnapshotItem.$Shape} SnapshotItem
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SnapshotItem.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.trellis.feed.v2.SnapshotItem();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.kind = value;
                                else
                                    delete message.kind;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.id = value;
                                else
                                    delete message.id;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.resource = value;
                                else
                                    delete message.resource;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for SnapshotItem
                 * @function getTypeUrl
                 * @memberof trellis.feed.v2.SnapshotItem
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                SnapshotItem.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/trellis.feed.v2.SnapshotItem";
                };

                return SnapshotItem;
            })();

            v2.SnapshotChunk = (function() {

                /**
                 * Properties of a SnapshotChunk.
                 * @typedef {Object} trellis.feed.v2.SnapshotChunk.$Properties
                 * @property {number|null} [revision] SnapshotChunk revision
                 * @property {Array.<trellis.feed.v2.SnapshotItem.$Properties>|null} [items] SnapshotChunk items
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a SnapshotChunk.
                 * @memberof trellis.feed.v2
                 * @interface ISnapshotChunk
                 * @augments trellis.feed.v2.SnapshotChunk.$Properties
                 * @deprecated Use trellis.feed.v2.SnapshotChunk.$Properties instead.
                 */

                /**
                 * Shape of a SnapshotChunk.
                 * @typedef {trellis.feed.v2.SnapshotChunk.$Properties} trellis.feed.v2.SnapshotChunk.$Shape
                 */

                /**
                 * Constructs a new SnapshotChunk.
                 * @memberof trellis.feed.v2
                 * @classdesc Represents a SnapshotChunk.
                 * @constructor
                 * @param {trellis.feed.v2.SnapshotChunk.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const SnapshotChunk = function (properties) {
                    this.items = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * SnapshotChunk revision.
                 * @member {number} revision
                 * @memberof trellis.feed.v2.SnapshotChunk
                 * @instance
                 */
                SnapshotChunk.prototype.revision = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * SnapshotChunk items.
                 * @member {Array.<trellis.feed.v2.SnapshotItem.$Properties>} items
                 * @memberof trellis.feed.v2.SnapshotChunk
                 * @instance
                 */
                SnapshotChunk.prototype.items = $util.emptyArray;

                /**
                 * Creates a new SnapshotChunk instance using the specified properties.
                 * @function create
                 * @memberof trellis.feed.v2.SnapshotChunk
                 * @static
                 * @param {trellis.feed.v2.SnapshotChunk.$Properties=} [properties] Properties to set
                 * @returns {trellis.feed.v2.SnapshotChunk} SnapshotChunk instance
                 * @type {{
                 *   (properties: trellis.feed.v2.SnapshotChunk.$Shape): trellis.feed.v2.SnapshotChunk & trellis.feed.v2.SnapshotChunk.$Shape;
                 *   (properties?: trellis.feed.v2.SnapshotChunk.$Properties): trellis.feed.v2.SnapshotChunk;
                 * }}
                 */
                SnapshotChunk.create = function(properties) {
                    return new SnapshotChunk(properties);
                };

                /**
                 * Encodes the specified SnapshotChunk message. Does not implicitly {@link trellis.feed.v2.SnapshotChunk.verify|verify} messages.
                 * @function encode
                 * @memberof trellis.feed.v2.SnapshotChunk
                 * @static
                 * @param {trellis.feed.v2.SnapshotChunk.$Properties} message SnapshotChunk message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SnapshotChunk.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.revision != null && $Object.hasOwnProperty.call(message, "revision") && (typeof message.revision === "object" ? message.revision.low || message.revision.high : message.revision !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.revision);
                    if (message.items != null && message.items.length)
                        for (let i = 0; i < message.items.length; ++i)
                            $root.trellis.feed.v2.SnapshotItem.encode(message.items[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a SnapshotChunk message from the specified reader or buffer.
                 * @function decode
                 * @memberof trellis.feed.v2.SnapshotChunk
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {trellis.feed.v2.SnapshotChunk & trellis.feed.v2.SnapshotChunk.$Shape} SnapshotChunk
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SnapshotChunk.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.trellis.feed.v2.SnapshotChunk();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.revision = value;
                                else
                                    delete message.revision;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.items && message.items.length))
                                    message.items = [];
                                message.items.push($root.trellis.feed.v2.SnapshotItem.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for SnapshotChunk
                 * @function getTypeUrl
                 * @memberof trellis.feed.v2.SnapshotChunk
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                SnapshotChunk.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/trellis.feed.v2.SnapshotChunk";
                };

                return SnapshotChunk;
            })();

            v2.SnapshotEnd = (function() {

                /**
                 * Properties of a SnapshotEnd.
                 * @typedef {Object} trellis.feed.v2.SnapshotEnd.$Properties
                 * @property {number|null} [revision] SnapshotEnd revision
                 * @property {number|null} [itemCount] SnapshotEnd itemCount
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a SnapshotEnd.
                 * @memberof trellis.feed.v2
                 * @interface ISnapshotEnd
                 * @augments trellis.feed.v2.SnapshotEnd.$Properties
                 * @deprecated Use trellis.feed.v2.SnapshotEnd.$Properties instead.
                 */

                /**
                 * Shape of a SnapshotEnd.
                 * @typedef {trellis.feed.v2.SnapshotEnd.$Properties} trellis.feed.v2.SnapshotEnd.$Shape
                 */

                /**
                 * Constructs a new SnapshotEnd.
                 * @memberof trellis.feed.v2
                 * @classdesc Represents a SnapshotEnd.
                 * @constructor
                 * @param {trellis.feed.v2.SnapshotEnd.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const SnapshotEnd = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * SnapshotEnd revision.
                 * @member {number} revision
                 * @memberof trellis.feed.v2.SnapshotEnd
                 * @instance
                 */
                SnapshotEnd.prototype.revision = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * SnapshotEnd itemCount.
                 * @member {number} itemCount
                 * @memberof trellis.feed.v2.SnapshotEnd
                 * @instance
                 */
                SnapshotEnd.prototype.itemCount = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new SnapshotEnd instance using the specified properties.
                 * @function create
                 * @memberof trellis.feed.v2.SnapshotEnd
                 * @static
                 * @param {trellis.feed.v2.SnapshotEnd.$Properties=} [properties] Properties to set
                 * @returns {trellis.feed.v2.SnapshotEnd} SnapshotEnd instance
                 * @type {{
                 *   (properties: trellis.feed.v2.SnapshotEnd.$Shape): trellis.feed.v2.SnapshotEnd & trellis.feed.v2.SnapshotEnd.$Shape;
                 *   (properties?: trellis.feed.v2.SnapshotEnd.$Properties): trellis.feed.v2.SnapshotEnd;
                 * }}
                 */
                SnapshotEnd.create = function(properties) {
                    return new SnapshotEnd(properties);
                };

                /**
                 * Encodes the specified SnapshotEnd message. Does not implicitly {@link trellis.feed.v2.SnapshotEnd.verify|verify} messages.
                 * @function encode
                 * @memberof trellis.feed.v2.SnapshotEnd
                 * @static
                 * @param {trellis.feed.v2.SnapshotEnd.$Properties} message SnapshotEnd message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SnapshotEnd.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.revision != null && $Object.hasOwnProperty.call(message, "revision") && (typeof message.revision === "object" ? message.revision.low || message.revision.high : message.revision !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.revision);
                    if (message.itemCount != null && $Object.hasOwnProperty.call(message, "itemCount") && (typeof message.itemCount === "object" ? message.itemCount.low || message.itemCount.high : message.itemCount !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.itemCount);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a SnapshotEnd message from the specified reader or buffer.
                 * @function decode
                 * @memberof trellis.feed.v2.SnapshotEnd
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {trellis.feed.v2.SnapshotEnd & trellis.feed.v2.SnapshotEnd.$Shape} SnapshotEnd
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SnapshotEnd.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.trellis.feed.v2.SnapshotEnd();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.revision = value;
                                else
                                    delete message.revision;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.itemCount = value;
                                else
                                    delete message.itemCount;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for SnapshotEnd
                 * @function getTypeUrl
                 * @memberof trellis.feed.v2.SnapshotEnd
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                SnapshotEnd.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/trellis.feed.v2.SnapshotEnd";
                };

                return SnapshotEnd;
            })();

            v2.Progress = (function() {

                /**
                 * Properties of a Progress.
                 * @typedef {Object} trellis.feed.v2.Progress.$Properties
                 * @property {number|null} [revision] Progress revision
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Progress.
                 * @memberof trellis.feed.v2
                 * @interface IProgress
                 * @augments trellis.feed.v2.Progress.$Properties
                 * @deprecated Use trellis.feed.v2.Progress.$Properties instead.
                 */

                /**
                 * Shape of a Progress.
                 * @typedef {trellis.feed.v2.Progress.$Properties} trellis.feed.v2.Progress.$Shape
                 */

                /**
                 * Constructs a new Progress.
                 * @memberof trellis.feed.v2
                 * @classdesc Represents a Progress.
                 * @constructor
                 * @param {trellis.feed.v2.Progress.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Progress = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Progress revision.
                 * @member {number} revision
                 * @memberof trellis.feed.v2.Progress
                 * @instance
                 */
                Progress.prototype.revision = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new Progress instance using the specified properties.
                 * @function create
                 * @memberof trellis.feed.v2.Progress
                 * @static
                 * @param {trellis.feed.v2.Progress.$Properties=} [properties] Properties to set
                 * @returns {trellis.feed.v2.Progress} Progress instance
                 * @type {{
                 *   (properties: trellis.feed.v2.Progress.$Shape): trellis.feed.v2.Progress & trellis.feed.v2.Progress.$Shape;
                 *   (properties?: trellis.feed.v2.Progress.$Properties): trellis.feed.v2.Progress;
                 * }}
                 */
                Progress.create = function(properties) {
                    return new Progress(properties);
                };

                /**
                 * Encodes the specified Progress message. Does not implicitly {@link trellis.feed.v2.Progress.verify|verify} messages.
                 * @function encode
                 * @memberof trellis.feed.v2.Progress
                 * @static
                 * @param {trellis.feed.v2.Progress.$Properties} message Progress message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Progress.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.revision != null && $Object.hasOwnProperty.call(message, "revision") && (typeof message.revision === "object" ? message.revision.low || message.revision.high : message.revision !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.revision);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Progress message from the specified reader or buffer.
                 * @function decode
                 * @memberof trellis.feed.v2.Progress
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {trellis.feed.v2.Progress & trellis.feed.v2.Progress.$Shape} Progress
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Progress.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.trellis.feed.v2.Progress();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.revision = value;
                                else
                                    delete message.revision;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for Progress
                 * @function getTypeUrl
                 * @memberof trellis.feed.v2.Progress
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Progress.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/trellis.feed.v2.Progress";
                };

                return Progress;
            })();

            v2.WatchResponse = (function() {

                /**
                 * Properties of a WatchResponse.
                 * @typedef {Object} trellis.feed.v2.WatchResponse.$Properties
                 * @property {trellis.feed.v2.Revision.$Properties|null} [revision] WatchResponse revision
                 * @property {trellis.feed.v2.SnapshotChunk.$Properties|null} [snapshotChunk] WatchResponse snapshotChunk
                 * @property {trellis.feed.v2.SnapshotEnd.$Properties|null} [snapshotEnd] WatchResponse snapshotEnd
                 * @property {trellis.feed.v2.Progress.$Properties|null} [progress] WatchResponse progress
                 * @property {"revision"|"snapshotChunk"|"snapshotEnd"|"progress"} [kind] WatchResponse kind
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a WatchResponse.
                 * @memberof trellis.feed.v2
                 * @interface IWatchResponse
                 * @augments trellis.feed.v2.WatchResponse.$Properties
                 * @deprecated Use trellis.feed.v2.WatchResponse.$Properties instead.
                 */

                /**
                 * Narrowed shape of a WatchResponse.
                 * @typedef {{
                 *   revision?: trellis.feed.v2.Revision.$Shape|null;
                 *   snapshotChunk?: trellis.feed.v2.SnapshotChunk.$Shape|null;
                 *   snapshotEnd?: trellis.feed.v2.SnapshotEnd.$Shape|null;
                 *   progress?: trellis.feed.v2.Progress.$Shape|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * } & (
                 *   ({ kind?: undefined; revision?: null; snapshotChunk?: null; snapshotEnd?: null; progress?: null }|{ kind?: "revision"; revision: trellis.feed.v2.Revision.$Shape; snapshotChunk?: null; snapshotEnd?: null; progress?: null }|{ kind?: "snapshotChunk"; revision?: null; snapshotChunk: trellis.feed.v2.SnapshotChunk.$Shape; snapshotEnd?: null; progress?: null }|{ kind?: "snapshotEnd"; revision?: null; snapshotChunk?: null; snapshotEnd: trellis.feed.v2.SnapshotEnd.$Shape; progress?: null }|{ kind?: "progress"; revision?: null; snapshotChunk?: null; snapshotEnd?: null; progress: trellis.feed.v2.Progress.$Shape })
                 * )} trellis.feed.v2.WatchResponse.$Shape
                 */

                /**
                 * Constructs a new WatchResponse.
                 * @memberof trellis.feed.v2
                 * @classdesc Represents a WatchResponse.
                 * @constructor
                 * @param {trellis.feed.v2.WatchResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const WatchResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * WatchResponse revision.
                 * @member {trellis.feed.v2.Revision.$Properties|null|undefined} revision
                 * @memberof trellis.feed.v2.WatchResponse
                 * @instance
                 */
                WatchResponse.prototype.revision = null;

                /**
                 * WatchResponse snapshotChunk.
                 * @member {trellis.feed.v2.SnapshotChunk.$Properties|null|undefined} snapshotChunk
                 * @memberof trellis.feed.v2.WatchResponse
                 * @instance
                 */
                WatchResponse.prototype.snapshotChunk = null;

                /**
                 * WatchResponse snapshotEnd.
                 * @member {trellis.feed.v2.SnapshotEnd.$Properties|null|undefined} snapshotEnd
                 * @memberof trellis.feed.v2.WatchResponse
                 * @instance
                 */
                WatchResponse.prototype.snapshotEnd = null;

                /**
                 * WatchResponse progress.
                 * @member {trellis.feed.v2.Progress.$Properties|null|undefined} progress
                 * @memberof trellis.feed.v2.WatchResponse
                 * @instance
                 */
                WatchResponse.prototype.progress = null;

                // OneOf field names bound to virtual getters and setters
                let $oneOfFields;

                /**
                 * WatchResponse kind.
                 * @member {"revision"|"snapshotChunk"|"snapshotEnd"|"progress"|undefined} kind
                 * @memberof trellis.feed.v2.WatchResponse
                 * @instance
                 */
                $Object.defineProperty(WatchResponse.prototype, "kind", {
                    get: $util.oneOfGetter($oneOfFields = ["revision", "snapshotChunk", "snapshotEnd", "progress"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Creates a new WatchResponse instance using the specified properties.
                 * @function create
                 * @memberof trellis.feed.v2.WatchResponse
                 * @static
                 * @param {trellis.feed.v2.WatchResponse.$Properties=} [properties] Properties to set
                 * @returns {trellis.feed.v2.WatchResponse} WatchResponse instance
                 * @type {{
                 *   (properties: trellis.feed.v2.WatchResponse.$Shape): trellis.feed.v2.WatchResponse & trellis.feed.v2.WatchResponse.$Shape;
                 *   (properties?: trellis.feed.v2.WatchResponse.$Properties): trellis.feed.v2.WatchResponse;
                 * }}
                 */
                WatchResponse.create = function(properties) {
                    return new WatchResponse(properties);
                };

                /**
                 * Encodes the specified WatchResponse message. Does not implicitly {@link trellis.feed.v2.WatchResponse.verify|verify} messages.
                 * @function encode
                 * @memberof trellis.feed.v2.WatchResponse
                 * @static
                 * @param {trellis.feed.v2.WatchResponse.$Properties} message WatchResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                WatchResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.revision != null && $Object.hasOwnProperty.call(message, "revision"))
                        $root.trellis.feed.v2.Revision.encode(message.revision, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.snapshotChunk != null && $Object.hasOwnProperty.call(message, "snapshotChunk"))
                        $root.trellis.feed.v2.SnapshotChunk.encode(message.snapshotChunk, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.snapshotEnd != null && $Object.hasOwnProperty.call(message, "snapshotEnd"))
                        $root.trellis.feed.v2.SnapshotEnd.encode(message.snapshotEnd, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.progress != null && $Object.hasOwnProperty.call(message, "progress"))
                        $root.trellis.feed.v2.Progress.encode(message.progress, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a WatchResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof trellis.feed.v2.WatchResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {trellis.feed.v2.WatchResponse & trellis.feed.v2.WatchResponse.$Shape} WatchResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                WatchResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.trellis.feed.v2.WatchResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.revision = $root.trellis.feed.v2.Revision.decode(reader, reader.size(), $undefined, _depth + 1, message.revision);
                                message.kind = "revision";
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.snapshotChunk = $root.trellis.feed.v2.SnapshotChunk.decode(reader, reader.size(), $undefined, _depth + 1, message.snapshotChunk);
                                message.kind = "snapshotChunk";
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.snapshotEnd = $root.trellis.feed.v2.SnapshotEnd.decode(reader, reader.size(), $undefined, _depth + 1, message.snapshotEnd);
                                message.kind = "snapshotEnd";
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                message.progress = $root.trellis.feed.v2.Progress.decode(reader, reader.size(), $undefined, _depth + 1, message.progress);
                                message.kind = "progress";
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for WatchResponse
                 * @function getTypeUrl
                 * @memberof trellis.feed.v2.WatchResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                WatchResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/trellis.feed.v2.WatchResponse";
                };

                return WatchResponse;
            })();

            /**
             * PortWiring enum.
             * @name trellis.feed.v2.PortWiring
             * @enum {number}
             * @property {number} PORT_WIRING_UNSPECIFIED=0 PORT_WIRING_UNSPECIFIED value
             * @property {number} PORT_WIRING_WIRED=1 PORT_WIRING_WIRED value
             * @property {number} PORT_WIRING_UNWIRED=2 PORT_WIRING_UNWIRED value
             * @property {number} PORT_WIRING_ERROR=3 PORT_WIRING_ERROR value
             */
            v2.PortWiring = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "PORT_WIRING_UNSPECIFIED"] = 0;
                values[valuesById[1] = "PORT_WIRING_WIRED"] = 1;
                values[valuesById[2] = "PORT_WIRING_UNWIRED"] = 2;
                values[valuesById[3] = "PORT_WIRING_ERROR"] = 3;
                return values;
            })();

            v2.PortStatusReport = (function() {

                /**
                 * Properties of a PortStatusReport.
                 * @typedef {Object} trellis.feed.v2.PortStatusReport.$Properties
                 * @property {string|null} [portId] PortStatusReport portId
                 * @property {string|null} [hostId] PortStatusReport hostId
                 * @property {trellis.feed.v2.PortWiring|null} [wiring] PortStatusReport wiring
                 * @property {string|null} [detail] PortStatusReport detail
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a PortStatusReport.
                 * @memberof trellis.feed.v2
                 * @interface IPortStatusReport
                 * @augments trellis.feed.v2.PortStatusReport.$Properties
                 * @deprecated Use trellis.feed.v2.PortStatusReport.$Properties instead.
                 */

                /**
                 * Shape of a PortStatusReport.
                 * @typedef {trellis.feed.v2.PortStatusReport.$Properties} trellis.feed.v2.PortStatusReport.$Shape
                 */

                /**
                 * Constructs a new PortStatusReport.
                 * @memberof trellis.feed.v2
                 * @classdesc Represents a PortStatusReport.
                 * @constructor
                 * @param {trellis.feed.v2.PortStatusReport.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const PortStatusReport = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * PortStatusReport portId.
                 * @member {string} portId
                 * @memberof trellis.feed.v2.PortStatusReport
                 * @instance
                 */
                PortStatusReport.prototype.portId = "";

                /**
                 * PortStatusReport hostId.
                 * @member {string} hostId
                 * @memberof trellis.feed.v2.PortStatusReport
                 * @instance
                 */
                PortStatusReport.prototype.hostId = "";

                /**
                 * PortStatusReport wiring.
                 * @member {trellis.feed.v2.PortWiring} wiring
                 * @memberof trellis.feed.v2.PortStatusReport
                 * @instance
                 */
                PortStatusReport.prototype.wiring = 0;

                /**
                 * PortStatusReport detail.
                 * @member {string} detail
                 * @memberof trellis.feed.v2.PortStatusReport
                 * @instance
                 */
                PortStatusReport.prototype.detail = "";

                /**
                 * Creates a new PortStatusReport instance using the specified properties.
                 * @function create
                 * @memberof trellis.feed.v2.PortStatusReport
                 * @static
                 * @param {trellis.feed.v2.PortStatusReport.$Properties=} [properties] Properties to set
                 * @returns {trellis.feed.v2.PortStatusReport} PortStatusReport instance
                 * @type {{
                 *   (properties: trellis.feed.v2.PortStatusReport.$Shape): trellis.feed.v2.PortStatusReport & trellis.feed.v2.PortStatusReport.$Shape;
                 *   (properties?: trellis.feed.v2.PortStatusReport.$Properties): trellis.feed.v2.PortStatusReport;
                 * }}
                 */
                PortStatusReport.create = function(properties) {
                    return new PortStatusReport(properties);
                };

                /**
                 * Encodes the specified PortStatusReport message. Does not implicitly {@link trellis.feed.v2.PortStatusReport.verify|verify} messages.
                 * @function encode
                 * @memberof trellis.feed.v2.PortStatusReport
                 * @static
                 * @param {trellis.feed.v2.PortStatusReport.$Properties} message PortStatusReport message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                PortStatusReport.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.portId != null && $Object.hasOwnProperty.call(message, "portId") && message.portId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.portId);
                    if (message.hostId != null && $Object.hasOwnProperty.call(message, "hostId") && message.hostId !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.hostId);
                    if (message.wiring != null && $Object.hasOwnProperty.call(message, "wiring") && message.wiring !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).int32(message.wiring);
                    if (message.detail != null && $Object.hasOwnProperty.call(message, "detail") && message.detail !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.detail);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a PortStatusReport message from the specified reader or buffer.
                 * @function decode
                 * @memberof trellis.feed.v2.PortStatusReport
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {trellis.feed.v2.PortStatusReport & trellis.feed.v2.PortStatusReport.$Shape} PortStatusReport
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                PortStatusReport.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.trellis.feed.v2.PortStatusReport();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.portId = value;
                                else
                                    delete message.portId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.hostId = value;
                                else
                                    delete message.hostId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.wiring = value;
                                else
                                    delete message.wiring;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.detail = value;
                                else
                                    delete message.detail;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for PortStatusReport
                 * @function getTypeUrl
                 * @memberof trellis.feed.v2.PortStatusReport
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                PortStatusReport.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/trellis.feed.v2.PortStatusReport";
                };

                return PortStatusReport;
            })();

            v2.PortStatusReports = (function() {

                /**
                 * Properties of a PortStatusReports.
                 * @typedef {Object} trellis.feed.v2.PortStatusReports.$Properties
                 * @property {Array.<trellis.feed.v2.PortStatusReport.$Properties>|null} [reports] PortStatusReports reports
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a PortStatusReports.
                 * @memberof trellis.feed.v2
                 * @interface IPortStatusReports
                 * @augments trellis.feed.v2.PortStatusReports.$Properties
                 * @deprecated Use trellis.feed.v2.PortStatusReports.$Properties instead.
                 */

                /**
                 * Shape of a PortStatusReports.
                 * @typedef {trellis.feed.v2.PortStatusReports.$Properties} trellis.feed.v2.PortStatusReports.$Shape
                 */

                /**
                 * Constructs a new PortStatusReports.
                 * @memberof trellis.feed.v2
                 * @classdesc Represents a PortStatusReports.
                 * @constructor
                 * @param {trellis.feed.v2.PortStatusReports.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const PortStatusReports = function (properties) {
                    this.reports = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * PortStatusReports reports.
                 * @member {Array.<trellis.feed.v2.PortStatusReport.$Properties>} reports
                 * @memberof trellis.feed.v2.PortStatusReports
                 * @instance
                 */
                PortStatusReports.prototype.reports = $util.emptyArray;

                /**
                 * Creates a new PortStatusReports instance using the specified properties.
                 * @function create
                 * @memberof trellis.feed.v2.PortStatusReports
                 * @static
                 * @param {trellis.feed.v2.PortStatusReports.$Properties=} [properties] Properties to set
                 * @returns {trellis.feed.v2.PortStatusReports} PortStatusReports instance
                 * @type {{
                 *   (properties: trellis.feed.v2.PortStatusReports.$Shape): trellis.feed.v2.PortStatusReports & trellis.feed.v2.PortStatusReports.$Shape;
                 *   (properties?: trellis.feed.v2.PortStatusReports.$Properties): trellis.feed.v2.PortStatusReports;
                 * }}
                 */
                PortStatusReports.create = function(properties) {
                    return new PortStatusReports(properties);
                };

                /**
                 * Encodes the specified PortStatusReports message. Does not implicitly {@link trellis.feed.v2.PortStatusReports.verify|verify} messages.
                 * @function encode
                 * @memberof trellis.feed.v2.PortStatusReports
                 * @static
                 * @param {trellis.feed.v2.PortStatusReports.$Properties} message PortStatusReports message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                PortStatusReports.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.reports != null && message.reports.length)
                        for (let i = 0; i < message.reports.length; ++i)
                            $root.trellis.feed.v2.PortStatusReport.encode(message.reports[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a PortStatusReports message from the specified reader or buffer.
                 * @function decode
                 * @memberof trellis.feed.v2.PortStatusReports
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {trellis.feed.v2.PortStatusReports & trellis.feed.v2.PortStatusReports.$Shape} PortStatusReports
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                PortStatusReports.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.trellis.feed.v2.PortStatusReports();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.reports && message.reports.length))
                                    message.reports = [];
                                message.reports.push($root.trellis.feed.v2.PortStatusReport.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for PortStatusReports
                 * @function getTypeUrl
                 * @memberof trellis.feed.v2.PortStatusReports
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                PortStatusReports.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/trellis.feed.v2.PortStatusReports";
                };

                return PortStatusReports;
            })();

            v2.HostLivenessReport = (function() {

                /**
                 * Properties of a HostLivenessReport.
                 * @typedef {Object} trellis.feed.v2.HostLivenessReport.$Properties
                 * @property {string|null} [hostId] HostLivenessReport hostId
                 * @property {boolean|null} [connected] HostLivenessReport connected
                 * @property {string|null} [agentVersion] HostLivenessReport agentVersion
                 * @property {number|null} [lastSeenMs] HostLivenessReport lastSeenMs
                 * @property {string|null} [controllerId] HostLivenessReport controllerId
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a HostLivenessReport.
                 * @memberof trellis.feed.v2
                 * @interface IHostLivenessReport
                 * @augments trellis.feed.v2.HostLivenessReport.$Properties
                 * @deprecated Use trellis.feed.v2.HostLivenessReport.$Properties instead.
                 */

                /**
                 * Shape of a HostLivenessReport.
                 * @typedef {trellis.feed.v2.HostLivenessReport.$Properties} trellis.feed.v2.HostLivenessReport.$Shape
                 */

                /**
                 * Constructs a new HostLivenessReport.
                 * @memberof trellis.feed.v2
                 * @classdesc Represents a HostLivenessReport.
                 * @constructor
                 * @param {trellis.feed.v2.HostLivenessReport.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const HostLivenessReport = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * HostLivenessReport hostId.
                 * @member {string} hostId
                 * @memberof trellis.feed.v2.HostLivenessReport
                 * @instance
                 */
                HostLivenessReport.prototype.hostId = "";

                /**
                 * HostLivenessReport connected.
                 * @member {boolean} connected
                 * @memberof trellis.feed.v2.HostLivenessReport
                 * @instance
                 */
                HostLivenessReport.prototype.connected = false;

                /**
                 * HostLivenessReport agentVersion.
                 * @member {string} agentVersion
                 * @memberof trellis.feed.v2.HostLivenessReport
                 * @instance
                 */
                HostLivenessReport.prototype.agentVersion = "";

                /**
                 * HostLivenessReport lastSeenMs.
                 * @member {number} lastSeenMs
                 * @memberof trellis.feed.v2.HostLivenessReport
                 * @instance
                 */
                HostLivenessReport.prototype.lastSeenMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * HostLivenessReport controllerId.
                 * @member {string} controllerId
                 * @memberof trellis.feed.v2.HostLivenessReport
                 * @instance
                 */
                HostLivenessReport.prototype.controllerId = "";

                /**
                 * Creates a new HostLivenessReport instance using the specified properties.
                 * @function create
                 * @memberof trellis.feed.v2.HostLivenessReport
                 * @static
                 * @param {trellis.feed.v2.HostLivenessReport.$Properties=} [properties] Properties to set
                 * @returns {trellis.feed.v2.HostLivenessReport} HostLivenessReport instance
                 * @type {{
                 *   (properties: trellis.feed.v2.HostLivenessReport.$Shape): trellis.feed.v2.HostLivenessReport & trellis.feed.v2.HostLivenessReport.$Shape;
                 *   (properties?: trellis.feed.v2.HostLivenessReport.$Properties): trellis.feed.v2.HostLivenessReport;
                 * }}
                 */
                HostLivenessReport.create = function(properties) {
                    return new HostLivenessReport(properties);
                };

                /**
                 * Encodes the specified HostLivenessReport message. Does not implicitly {@link trellis.feed.v2.HostLivenessReport.verify|verify} messages.
                 * @function encode
                 * @memberof trellis.feed.v2.HostLivenessReport
                 * @static
                 * @param {trellis.feed.v2.HostLivenessReport.$Properties} message HostLivenessReport message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                HostLivenessReport.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.hostId != null && $Object.hasOwnProperty.call(message, "hostId") && message.hostId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.hostId);
                    if (message.connected != null && $Object.hasOwnProperty.call(message, "connected") && message.connected !== false)
                        writer.uint32(/* id 2, wireType 0 =*/16).bool(message.connected);
                    if (message.agentVersion != null && $Object.hasOwnProperty.call(message, "agentVersion") && message.agentVersion !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.agentVersion);
                    if (message.lastSeenMs != null && $Object.hasOwnProperty.call(message, "lastSeenMs") && (typeof message.lastSeenMs === "object" ? message.lastSeenMs.low || message.lastSeenMs.high : message.lastSeenMs !== 0))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.lastSeenMs);
                    if (message.controllerId != null && $Object.hasOwnProperty.call(message, "controllerId") && message.controllerId !== "")
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.controllerId);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a HostLivenessReport message from the specified reader or buffer.
                 * @function decode
                 * @memberof trellis.feed.v2.HostLivenessReport
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {trellis.feed.v2.HostLivenessReport & trellis.feed.v2.HostLivenessReport.$Shape} HostLivenessReport
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                HostLivenessReport.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.trellis.feed.v2.HostLivenessReport();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.hostId = value;
                                else
                                    delete message.hostId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.connected = value;
                                else
                                    delete message.connected;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.agentVersion = value;
                                else
                                    delete message.agentVersion;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.lastSeenMs = value;
                                else
                                    delete message.lastSeenMs;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.controllerId = value;
                                else
                                    delete message.controllerId;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for HostLivenessReport
                 * @function getTypeUrl
                 * @memberof trellis.feed.v2.HostLivenessReport
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                HostLivenessReport.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/trellis.feed.v2.HostLivenessReport";
                };

                return HostLivenessReport;
            })();

            v2.ReportRequest = (function() {

                /**
                 * Properties of a ReportRequest.
                 * @typedef {Object} trellis.feed.v2.ReportRequest.$Properties
                 * @property {number|null} [id] ReportRequest id
                 * @property {trellis.feed.v2.PortStatusReports.$Properties|null} [portStatuses] ReportRequest portStatuses
                 * @property {trellis.feed.v2.HostLivenessReport.$Properties|null} [hostLiveness] ReportRequest hostLiveness
                 * @property {"portStatuses"|"hostLiveness"} [body] ReportRequest body
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ReportRequest.
                 * @memberof trellis.feed.v2
                 * @interface IReportRequest
                 * @augments trellis.feed.v2.ReportRequest.$Properties
                 * @deprecated Use trellis.feed.v2.ReportRequest.$Properties instead.
                 */

                /**
                 * Narrowed shape of a ReportRequest.
                 * @typedef {{
                 *   id?: number|null;
                 *   portStatuses?: trellis.feed.v2.PortStatusReports.$Shape|null;
                 *   hostLiveness?: trellis.feed.v2.HostLivenessReport.$Shape|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * } & (
                 *   ({ body?: undefined; portStatuses?: null; hostLiveness?: null }|{ body?: "portStatuses"; portStatuses: trellis.feed.v2.PortStatusReports.$Shape; hostLiveness?: null }|{ body?: "hostLiveness"; portStatuses?: null; hostLiveness: trellis.feed.v2.HostLivenessReport.$Shape })
                 * )} trellis.feed.v2.ReportRequest.$Shape
                 */

                /**
                 * Constructs a new ReportRequest.
                 * @memberof trellis.feed.v2
                 * @classdesc Represents a ReportRequest.
                 * @constructor
                 * @param {trellis.feed.v2.ReportRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ReportRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ReportRequest id.
                 * @member {number} id
                 * @memberof trellis.feed.v2.ReportRequest
                 * @instance
                 */
                ReportRequest.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * ReportRequest portStatuses.
                 * @member {trellis.feed.v2.PortStatusReports.$Properties|null|undefined} portStatuses
                 * @memberof trellis.feed.v2.ReportRequest
                 * @instance
                 */
                ReportRequest.prototype.portStatuses = null;

                /**
                 * ReportRequest hostLiveness.
                 * @member {trellis.feed.v2.HostLivenessReport.$Properties|null|undefined} hostLiveness
                 * @memberof trellis.feed.v2.ReportRequest
                 * @instance
                 */
                ReportRequest.prototype.hostLiveness = null;

                // OneOf field names bound to virtual getters and setters
                let $oneOfFields;

                /**
                 * ReportRequest body.
                 * @member {"portStatuses"|"hostLiveness"|undefined} body
                 * @memberof trellis.feed.v2.ReportRequest
                 * @instance
                 */
                $Object.defineProperty(ReportRequest.prototype, "body", {
                    get: $util.oneOfGetter($oneOfFields = ["portStatuses", "hostLiveness"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Creates a new ReportRequest instance using the specified properties.
                 * @function create
                 * @memberof trellis.feed.v2.ReportRequest
                 * @static
                 * @param {trellis.feed.v2.ReportRequest.$Properties=} [properties] Properties to set
                 * @returns {trellis.feed.v2.ReportRequest} ReportRequest instance
                 * @type {{
                 *   (properties: trellis.feed.v2.ReportRequest.$Shape): trellis.feed.v2.ReportRequest & trellis.feed.v2.ReportRequest.$Shape;
                 *   (properties?: trellis.feed.v2.ReportRequest.$Properties): trellis.feed.v2.ReportRequest;
                 * }}
                 */
                ReportRequest.create = function(properties) {
                    return new ReportRequest(properties);
                };

                /**
                 * Encodes the specified ReportRequest message. Does not implicitly {@link trellis.feed.v2.ReportRequest.verify|verify} messages.
                 * @function encode
                 * @memberof trellis.feed.v2.ReportRequest
                 * @static
                 * @param {trellis.feed.v2.ReportRequest.$Properties} message ReportRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ReportRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && (typeof message.id === "object" ? message.id.low || message.id.high : message.id !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.id);
                    if (message.portStatuses != null && $Object.hasOwnProperty.call(message, "portStatuses"))
                        $root.trellis.feed.v2.PortStatusReports.encode(message.portStatuses, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.hostLiveness != null && $Object.hasOwnProperty.call(message, "hostLiveness"))
                        $root.trellis.feed.v2.HostLivenessReport.encode(message.hostLiveness, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a ReportRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof trellis.feed.v2.ReportRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {trellis.feed.v2.ReportRequest & trellis.feed.v2.ReportRequest.$Shape} ReportRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ReportRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.trellis.feed.v2.ReportRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.id = value;
                                else
                                    delete message.id;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.portStatuses = $root.trellis.feed.v2.PortStatusReports.decode(reader, reader.size(), $undefined, _depth + 1, message.portStatuses);
                                message.body = "portStatuses";
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.hostLiveness = $root.trellis.feed.v2.HostLivenessReport.decode(reader, reader.size(), $undefined, _depth + 1, message.hostLiveness);
                                message.body = "hostLiveness";
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for ReportRequest
                 * @function getTypeUrl
                 * @memberof trellis.feed.v2.ReportRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ReportRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/trellis.feed.v2.ReportRequest";
                };

                return ReportRequest;
            })();

            v2.ReportResponse = (function() {

                /**
                 * Properties of a ReportResponse.
                 * @typedef {Object} trellis.feed.v2.ReportResponse.$Properties
                 * @property {number|null} [id] ReportResponse id
                 * @property {Array.<number>|null} [revisions] ReportResponse revisions
                 * @property {number|null} [code] ReportResponse code
                 * @property {string|null} [message] ReportResponse message
                 * @property {string|null} [errorType] ReportResponse errorType
                 * @property {string|null} [errorParamsJson] ReportResponse errorParamsJson
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ReportResponse.
                 * @memberof trellis.feed.v2
                 * @interface IReportResponse
                 * @augments trellis.feed.v2.ReportResponse.$Properties
                 * @deprecated Use trellis.feed.v2.ReportResponse.$Properties instead.
                 */

                /**
                 * Shape of a ReportResponse.
                 * @typedef {trellis.feed.v2.ReportResponse.$Properties} trellis.feed.v2.ReportResponse.$Shape
                 */

                /**
                 * Constructs a new ReportResponse.
                 * @memberof trellis.feed.v2
                 * @classdesc Represents a ReportResponse.
                 * @constructor
                 * @param {trellis.feed.v2.ReportResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ReportResponse = function (properties) {
                    this.revisions = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ReportResponse id.
                 * @member {number} id
                 * @memberof trellis.feed.v2.ReportResponse
                 * @instance
                 */
                ReportResponse.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * ReportResponse revisions.
                 * @member {Array.<number>} revisions
                 * @memberof trellis.feed.v2.ReportResponse
                 * @instance
                 */
                ReportResponse.prototype.revisions = $util.emptyArray;

                /**
                 * ReportResponse code.
                 * @member {number} code
                 * @memberof trellis.feed.v2.ReportResponse
                 * @instance
                 */
                ReportResponse.prototype.code = 0;

                /**
                 * ReportResponse message.
                 * @member {string} message
                 * @memberof trellis.feed.v2.ReportResponse
                 * @instance
                 */
                ReportResponse.prototype.message = "";

                /**
                 * ReportResponse errorType.
                 * @member {string} errorType
                 * @memberof trellis.feed.v2.ReportResponse
                 * @instance
                 */
                ReportResponse.prototype.errorType = "";

                /**
                 * ReportResponse errorParamsJson.
                 * @member {string} errorParamsJson
                 * @memberof trellis.feed.v2.ReportResponse
                 * @instance
                 */
                ReportResponse.prototype.errorParamsJson = "";

                /**
                 * Creates a new ReportResponse instance using the specified properties.
                 * @function create
                 * @memberof trellis.feed.v2.ReportResponse
                 * @static
                 * @param {trellis.feed.v2.ReportResponse.$Properties=} [properties] Properties to set
                 * @returns {trellis.feed.v2.ReportResponse} ReportResponse instance
                 * @type {{
                 *   (properties: trellis.feed.v2.ReportResponse.$Shape): trellis.feed.v2.ReportResponse & trellis.feed.v2.ReportResponse.$Shape;
                 *   (properties?: trellis.feed.v2.ReportResponse.$Properties): trellis.feed.v2.ReportResponse;
                 * }}
                 */
                ReportResponse.create = function(properties) {
                    return new ReportResponse(properties);
                };

                /**
                 * Encodes the specified ReportResponse message. Does not implicitly {@link trellis.feed.v2.ReportResponse.verify|verify} messages.
                 * @function encode
                 * @memberof trellis.feed.v2.ReportResponse
                 * @static
                 * @param {trellis.feed.v2.ReportResponse.$Properties} message ReportResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ReportResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && (typeof message.id === "object" ? message.id.low || message.id.high : message.id !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.id);
                    if (message.revisions != null && message.revisions.length)
                        writer.uint32(/* id 2, wireType 2 =*/18).uint64s(message.revisions);
                    if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.code);
                    if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.message);
                    if (message.errorType != null && $Object.hasOwnProperty.call(message, "errorType") && message.errorType !== "")
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.errorType);
                    if (message.errorParamsJson != null && $Object.hasOwnProperty.call(message, "errorParamsJson") && message.errorParamsJson !== "")
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.errorParamsJson);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a ReportResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof trellis.feed.v2.ReportResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {trellis.feed.v2.ReportResponse & trellis.feed.v2.ReportResponse.$Shape} ReportResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ReportResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.trellis.feed.v2.ReportResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.id = value;
                                else
                                    delete message.id;
                                continue;
                            }
                        case 2: {
                                if (wireType === 2) {
                                    if (!(message.revisions && message.revisions.length))
                                        message.revisions = [];
                                    reader.uint64s(message.revisions);
                                    continue;
                                }
                                if (wireType !== 0)
                                    break;
                                if (!(message.revisions && message.revisions.length))
                                    message.revisions = [];
                                message.revisions.push(reader.uint64());
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.code = value;
                                else
                                    delete message.code;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.message = value;
                                else
                                    delete message.message;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.errorType = value;
                                else
                                    delete message.errorType;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.errorParamsJson = value;
                                else
                                    delete message.errorParamsJson;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for ReportResponse
                 * @function getTypeUrl
                 * @memberof trellis.feed.v2.ReportResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ReportResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/trellis.feed.v2.ReportResponse";
                };

                return ReportResponse;
            })();

            return v2;
        })();

        return feed;
    })();

    trellis.l2 = (function() {

        /**
         * Namespace l2.
         * @memberof trellis
         * @namespace
         */
        const l2 = {};

        l2.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof trellis.l2
             * @namespace
             */
            const v1 = {};

            v1.Distribution = (function() {

                /**
                 * Constructs a new Distribution service.
                 * @memberof trellis.l2.v1
                 * @classdesc Represents a Distribution
                 * @extends $protobuf.rpc.Service
                 * @constructor
                 * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
                 * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
                 * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
                 */
                const Distribution = function(rpcImpl, requestDelimited, responseDelimited) {
                    $protobuf.rpc.Service.call(this, rpcImpl, requestDelimited, responseDelimited);
                };

                $Object.defineProperty(Distribution.prototype = $Object.create($protobuf.rpc.Service.prototype), "constructor", { value: Distribution, writable: true, enumerable: false, configurable: true });

                /**
                 * Creates new Distribution service using the specified rpc implementation.
                 * @function create
                 * @memberof trellis.l2.v1.Distribution
                 * @static
                 * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
                 * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
                 * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
                 * @returns {Distribution} RPC service. Useful where requests and/or responses are streamed.
                 */
                Distribution.create = function(rpcImpl, requestDelimited, responseDelimited) {
                    return new this(rpcImpl, requestDelimited, responseDelimited);
                };

                /**
                 * Callback as used by {@link trellis.l2.v1.Distribution#stream}.
                 * @memberof trellis.l2.v1.Distribution
                 * @typedef StreamCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {trellis.l2.v1.ControllerMessage} [response] ControllerMessage
                 */

                /**
                 * Calls Stream.
                 * @memberof trellis.l2.v1.Distribution
                 * @typedef Stream
                 * @type {{
                 *   (request: trellis.l2.v1.IHostMessage, callback: trellis.l2.v1.Distribution.StreamCallback): void;
                 *   (request: trellis.l2.v1.IHostMessage): Promise<trellis.l2.v1.ControllerMessage>;
                 *   readonly name: "Stream";
                 *   readonly path: "/trellis.l2.v1.Distribution/Stream";
                 *   readonly requestType: "HostMessage";
                 *   readonly responseType: "ControllerMessage";
                 *   readonly requestStream: true;
                 *   readonly responseStream: true;
                 * }}
                 */

                /**
                 * Calls Stream.
                 * @name trellis.l2.v1.Distribution#stream
                 * @type {trellis.l2.v1.Distribution.Stream}
                 */
                $Object.defineProperties(Distribution.prototype.stream = function(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, Distribution.prototype.stream, $root.trellis.l2.v1.HostMessage, $root.trellis.l2.v1.ControllerMessage, request, callback);
                }, {
                    name: { value: "Stream" },
                    path: { value: "/trellis.l2.v1.Distribution/Stream" },
                    requestType: { value: "HostMessage" },
                    responseType: { value: "ControllerMessage" },
                    requestStream: { value: true },
                    responseStream: { value: true }
                });

                return Distribution;
            })();

            v1.ResumeToken = (function() {

                /**
                 * Properties of a ResumeToken.
                 * @typedef {Object} trellis.l2.v1.ResumeToken.$Properties
                 * @property {string|null} [epoch] ResumeToken epoch
                 * @property {number|null} [revision] ResumeToken revision
                 * @property {number|null} [subscriptionVersion] ResumeToken subscriptionVersion
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ResumeToken.
                 * @memberof trellis.l2.v1
                 * @interface IResumeToken
                 * @augments trellis.l2.v1.ResumeToken.$Properties
                 * @deprecated Use trellis.l2.v1.ResumeToken.$Properties instead.
                 */

                /**
                 * Shape of a ResumeToken.
                 * @typedef {trellis.l2.v1.ResumeToken.$Properties} trellis.l2.v1.ResumeToken.$Shape
                 */

                /**
                 * Constructs a new ResumeToken.
                 * @memberof trellis.l2.v1
                 * @classdesc Represents a ResumeToken.
                 * @constructor
                 * @param {trellis.l2.v1.ResumeToken.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ResumeToken = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ResumeToken epoch.
                 * @member {string} epoch
                 * @memberof trellis.l2.v1.ResumeToken
                 * @instance
                 */
                ResumeToken.prototype.epoch = "";

                /**
                 * ResumeToken revision.
                 * @member {number} revision
                 * @memberof trellis.l2.v1.ResumeToken
                 * @instance
                 */
                ResumeToken.prototype.revision = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * ResumeToken subscriptionVersion.
                 * @member {number} subscriptionVersion
                 * @memberof trellis.l2.v1.ResumeToken
                 * @instance
                 */
                ResumeToken.prototype.subscriptionVersion = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new ResumeToken instance using the specified properties.
                 * @function create
                 * @memberof trellis.l2.v1.ResumeToken
                 * @static
                 * @param {trellis.l2.v1.ResumeToken.$Properties=} [properties] Properties to set
                 * @returns {trellis.l2.v1.ResumeToken} ResumeToken instance
                 * @type {{
                 *   (properties: trellis.l2.v1.ResumeToken.$Shape): trellis.l2.v1.ResumeToken & trellis.l2.v1.ResumeToken.$Shape;
                 *   (properties?: trellis.l2.v1.ResumeToken.$Properties): trellis.l2.v1.ResumeToken;
                 * }}
                 */
                ResumeToken.create = function(properties) {
                    return new ResumeToken(properties);
                };

                /**
                 * Encodes the specified ResumeToken message. Does not implicitly {@link trellis.l2.v1.ResumeToken.verify|verify} messages.
                 * @function encode
                 * @memberof trellis.l2.v1.ResumeToken
                 * @static
                 * @param {trellis.l2.v1.ResumeToken.$Properties} message ResumeToken message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ResumeToken.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch") && message.epoch !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.epoch);
                    if (message.revision != null && $Object.hasOwnProperty.call(message, "revision") && (typeof message.revision === "object" ? message.revision.low || message.revision.high : message.revision !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.revision);
                    if (message.subscriptionVersion != null && $Object.hasOwnProperty.call(message, "subscriptionVersion") && (typeof message.subscriptionVersion === "object" ? message.subscriptionVersion.low || message.subscriptionVersion.high : message.subscriptionVersion !== 0))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.subscriptionVersion);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a ResumeToken message from the specified reader or buffer.
                 * @function decode
                 * @memberof trellis.l2.v1.ResumeToken
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {trellis.l2.v1.ResumeToken & trellis.l2.v1.ResumeToken.$Shape} ResumeToken
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ResumeToken.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.trellis.l2.v1.ResumeToken();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.epoch = value;
                                else
                                    delete message.epoch;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.revision = value;
                                else
                                    delete message.revision;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.subscriptionVersion = value;
                                else
                                    delete message.subscriptionVersion;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for ResumeToken
                 * @function getTypeUrl
                 * @memberof trellis.l2.v1.ResumeToken
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ResumeToken.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/trellis.l2.v1.ResumeToken";
                };

                return ResumeToken;
            })();

            v1.Hello = (function() {

                /**
                 * Properties of a Hello.
                 * @typedef {Object} trellis.l2.v1.Hello.$Properties
                 * @property {string|null} [hostId] Hello hostId
                 * @property {Uint8Array|null} [vtep] Hello vtep
                 * @property {string|null} [agentVersion] Hello agentVersion
                 * @property {trellis.l2.v1.ResumeToken.$Properties|null} [resume] Hello resume
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Hello.
                 * @memberof trellis.l2.v1
                 * @interface IHello
                 * @augments trellis.l2.v1.Hello.$Properties
                 * @deprecated Use trellis.l2.v1.Hello.$Properties instead.
                 */

                /**
                 * Shape of a Hello.
                 * @typedef {trellis.l2.v1.Hello.$Properties} trellis.l2.v1.Hello.$Shape
                 */

                /**
                 * Constructs a new Hello.
                 * @memberof trellis.l2.v1
                 * @classdesc Represents a Hello.
                 * @constructor
                 * @param {trellis.l2.v1.Hello.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Hello = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Hello hostId.
                 * @member {string} hostId
                 * @memberof trellis.l2.v1.Hello
                 * @instance
                 */
                Hello.prototype.hostId = "";

                /**
                 * Hello vtep.
                 * @member {Uint8Array} vtep
                 * @memberof trellis.l2.v1.Hello
                 * @instance
                 */
                Hello.prototype.vtep = $util.newBuffer([]);

                /**
                 * Hello agentVersion.
                 * @member {string} agentVersion
                 * @memberof trellis.l2.v1.Hello
                 * @instance
                 */
                Hello.prototype.agentVersion = "";

                /**
                 * Hello resume.
                 * @member {trellis.l2.v1.ResumeToken.$Properties|null|undefined} resume
                 * @memberof trellis.l2.v1.Hello
                 * @instance
                 */
                Hello.prototype.resume = null;

                /**
                 * Creates a new Hello instance using the specified properties.
                 * @function create
                 * @memberof trellis.l2.v1.Hello
                 * @static
                 * @param {trellis.l2.v1.Hello.$Properties=} [properties] Properties to set
                 * @returns {trellis.l2.v1.Hello} Hello instance
                 * @type {{
                 *   (properties: trellis.l2.v1.Hello.$Shape): trellis.l2.v1.Hello & trellis.l2.v1.Hello.$Shape;
                 *   (properties?: trellis.l2.v1.Hello.$Properties): trellis.l2.v1.Hello;
                 * }}
                 */
                Hello.create = function(properties) {
                    return new Hello(properties);
                };

                /**
                 * Encodes the specified Hello message. Does not implicitly {@link trellis.l2.v1.Hello.verify|verify} messages.
                 * @function encode
                 * @memberof trellis.l2.v1.Hello
                 * @static
                 * @param {trellis.l2.v1.Hello.$Properties} message Hello message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Hello.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.hostId != null && $Object.hasOwnProperty.call(message, "hostId") && message.hostId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.hostId);
                    if (message.vtep != null && $Object.hasOwnProperty.call(message, "vtep") && message.vtep.length)
                        writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.vtep);
                    if (message.agentVersion != null && $Object.hasOwnProperty.call(message, "agentVersion") && message.agentVersion !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.agentVersion);
                    if (message.resume != null && $Object.hasOwnProperty.call(message, "resume"))
                        $root.trellis.l2.v1.ResumeToken.encode(message.resume, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Hello message from the specified reader or buffer.
                 * @function decode
                 * @memberof trellis.l2.v1.Hello
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {trellis.l2.v1.Hello & trellis.l2.v1.Hello.$Shape} Hello
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Hello.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.trellis.l2.v1.Hello();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.hostId = value;
                                else
                                    delete message.hostId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.vtep = value;
                                else
                                    delete message.vtep;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.agentVersion = value;
                                else
                                    delete message.agentVersion;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                message.resume = $root.trellis.l2.v1.ResumeToken.decode(reader, reader.size(), $undefined, _depth + 1, message.resume);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for Hello
                 * @function getTypeUrl
                 * @memberof trellis.l2.v1.Hello
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Hello.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/trellis.l2.v1.Hello";
                };

                return Hello;
            })();

            v1.Ack = (function() {

                /**
                 * Properties of an Ack.
                 * @typedef {Object} trellis.l2.v1.Ack.$Properties
                 * @property {string|null} [nonce] Ack nonce
                 * @property {number|null} [revision] Ack revision
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an Ack.
                 * @memberof trellis.l2.v1
                 * @interface IAck
                 * @augments trellis.l2.v1.Ack.$Properties
                 * @deprecated Use trellis.l2.v1.Ack.$Properties instead.
                 */

                /**
                 * Shape of an Ack.
                 * @typedef {trellis.l2.v1.Ack.$Properties} trellis.l2.v1.Ack.$Shape
                 */

                /**
                 * Constructs a new Ack.
                 * @memberof trellis.l2.v1
                 * @classdesc Represents an Ack.
                 * @constructor
                 * @param {trellis.l2.v1.Ack.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Ack = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Ack nonce.
                 * @member {string} nonce
                 * @memberof trellis.l2.v1.Ack
                 * @instance
                 */
                Ack.prototype.nonce = "";

                /**
                 * Ack revision.
                 * @member {number} revision
                 * @memberof trellis.l2.v1.Ack
                 * @instance
                 */
                Ack.prototype.revision = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new Ack instance using the specified properties.
                 * @function create
                 * @memberof trellis.l2.v1.Ack
                 * @static
                 * @param {trellis.l2.v1.Ack.$Properties=} [properties] Properties to set
                 * @returns {trellis.l2.v1.Ack} Ack instance
                 * @type {{
                 *   (properties: trellis.l2.v1.Ack.$Shape): trellis.l2.v1.Ack & trellis.l2.v1.Ack.$Shape;
                 *   (properties?: trellis.l2.v1.Ack.$Properties): trellis.l2.v1.Ack;
                 * }}
                 */
                Ack.create = function(properties) {
                    return new Ack(properties);
                };

                /**
                 * Encodes the specified Ack message. Does not implicitly {@link trellis.l2.v1.Ack.verify|verify} messages.
                 * @function encode
                 * @memberof trellis.l2.v1.Ack
                 * @static
                 * @param {trellis.l2.v1.Ack.$Properties} message Ack message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Ack.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce") && message.nonce !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.nonce);
                    if (message.revision != null && $Object.hasOwnProperty.call(message, "revision") && (typeof message.revision === "object" ? message.revision.low || message.revision.high : message.revision !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.revision);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an Ack message from the specified reader or buffer.
                 * @function decode
                 * @memberof trellis.l2.v1.Ack
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {trellis.l2.v1.Ack & trellis.l2.v1.Ack.$Shape} Ack
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Ack.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.trellis.l2.v1.Ack();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.nonce = value;
                                else
                                    delete message.nonce;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.revision = value;
                                else
                                    delete message.revision;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for Ack
                 * @function getTypeUrl
                 * @memberof trellis.l2.v1.Ack
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Ack.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/trellis.l2.v1.Ack";
                };

                return Ack;
            })();

            v1.Nack = (function() {

                /**
                 * Properties of a Nack.
                 * @typedef {Object} trellis.l2.v1.Nack.$Properties
                 * @property {string|null} [nonce] Nack nonce
                 * @property {number|null} [revision] Nack revision
                 * @property {string|null} [errorDetail] Nack errorDetail
                 * @property {Array.<number>|null} [vnis] Nack vnis
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Nack.
                 * @memberof trellis.l2.v1
                 * @interface INack
                 * @augments trellis.l2.v1.Nack.$Properties
                 * @deprecated Use trellis.l2.v1.Nack.$Properties instead.
                 */

                /**
                 * Shape of a Nack.
                 * @typedef {trellis.l2.v1.Nack.$Properties} trellis.l2.v1.Nack.$Shape
                 */

                /**
                 * Constructs a new Nack.
                 * @memberof trellis.l2.v1
                 * @classdesc Represents a Nack.
                 * @constructor
                 * @param {trellis.l2.v1.Nack.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Nack = function (properties) {
                    this.vnis = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Nack nonce.
                 * @member {string} nonce
                 * @memberof trellis.l2.v1.Nack
                 * @instance
                 */
                Nack.prototype.nonce = "";

                /**
                 * Nack revision.
                 * @member {number} revision
                 * @memberof trellis.l2.v1.Nack
                 * @instance
                 */
                Nack.prototype.revision = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Nack errorDetail.
                 * @member {string} errorDetail
                 * @memberof trellis.l2.v1.Nack
                 * @instance
                 */
                Nack.prototype.errorDetail = "";

                /**
                 * Nack vnis.
                 * @member {Array.<number>} vnis
                 * @memberof trellis.l2.v1.Nack
                 * @instance
                 */
                Nack.prototype.vnis = $util.emptyArray;

                /**
                 * Creates a new Nack instance using the specified properties.
                 * @function create
                 * @memberof trellis.l2.v1.Nack
                 * @static
                 * @param {trellis.l2.v1.Nack.$Properties=} [properties] Properties to set
                 * @returns {trellis.l2.v1.Nack} Nack instance
                 * @type {{
                 *   (properties: trellis.l2.v1.Nack.$Shape): trellis.l2.v1.Nack & trellis.l2.v1.Nack.$Shape;
                 *   (properties?: trellis.l2.v1.Nack.$Properties): trellis.l2.v1.Nack;
                 * }}
                 */
                Nack.create = function(properties) {
                    return new Nack(properties);
                };

                /**
                 * Encodes the specified Nack message. Does not implicitly {@link trellis.l2.v1.Nack.verify|verify} messages.
                 * @function encode
                 * @memberof trellis.l2.v1.Nack
                 * @static
                 * @param {trellis.l2.v1.Nack.$Properties} message Nack message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Nack.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce") && message.nonce !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.nonce);
                    if (message.revision != null && $Object.hasOwnProperty.call(message, "revision") && (typeof message.revision === "object" ? message.revision.low || message.revision.high : message.revision !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.revision);
                    if (message.errorDetail != null && $Object.hasOwnProperty.call(message, "errorDetail") && message.errorDetail !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.errorDetail);
                    if (message.vnis != null && message.vnis.length)
                        writer.uint32(/* id 4, wireType 2 =*/34).uint32s(message.vnis);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Nack message from the specified reader or buffer.
                 * @function decode
                 * @memberof trellis.l2.v1.Nack
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {trellis.l2.v1.Nack & trellis.l2.v1.Nack.$Shape} Nack
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Nack.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.trellis.l2.v1.Nack();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.nonce = value;
                                else
                                    delete message.nonce;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.revision = value;
                                else
                                    delete message.revision;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.errorDetail = value;
                                else
                                    delete message.errorDetail;
                                continue;
                            }
                        case 4: {
                                if (wireType === 2) {
                                    if (!(message.vnis && message.vnis.length))
                                        message.vnis = [];
                                    reader.uint32s(message.vnis);
                                    continue;
                                }
                                if (wireType !== 0)
                                    break;
                                if (!(message.vnis && message.vnis.length))
                                    message.vnis = [];
                                message.vnis.push(reader.uint32());
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for Nack
                 * @function getTypeUrl
                 * @memberof trellis.l2.v1.Nack
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Nack.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/trellis.l2.v1.Nack";
                };

                return Nack;
            })();

            /**
             * Wiring enum.
             * @name trellis.l2.v1.Wiring
             * @enum {number}
             * @property {number} WIRING_UNSPECIFIED=0 WIRING_UNSPECIFIED value
             * @property {number} WIRING_WIRED=1 WIRING_WIRED value
             * @property {number} WIRING_UNWIRED=2 WIRING_UNWIRED value
             * @property {number} WIRING_ERROR=3 WIRING_ERROR value
             */
            v1.Wiring = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "WIRING_UNSPECIFIED"] = 0;
                values[valuesById[1] = "WIRING_WIRED"] = 1;
                values[valuesById[2] = "WIRING_UNWIRED"] = 2;
                values[valuesById[3] = "WIRING_ERROR"] = 3;
                return values;
            })();

            v1.PortStatus = (function() {

                /**
                 * Properties of a PortStatus.
                 * @typedef {Object} trellis.l2.v1.PortStatus.$Properties
                 * @property {string|null} [portId] PortStatus portId
                 * @property {trellis.l2.v1.Wiring|null} [wiring] PortStatus wiring
                 * @property {string|null} [detail] PortStatus detail
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a PortStatus.
                 * @memberof trellis.l2.v1
                 * @interface IPortStatus
                 * @augments trellis.l2.v1.PortStatus.$Properties
                 * @deprecated Use trellis.l2.v1.PortStatus.$Properties instead.
                 */

                /**
                 * Shape of a PortStatus.
                 * @typedef {trellis.l2.v1.PortStatus.$Properties} trellis.l2.v1.PortStatus.$Shape
                 */

                /**
                 * Constructs a new PortStatus.
                 * @memberof trellis.l2.v1
                 * @classdesc Represents a PortStatus.
                 * @constructor
                 * @param {trellis.l2.v1.PortStatus.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const PortStatus = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * PortStatus portId.
                 * @member {string} portId
                 * @memberof trellis.l2.v1.PortStatus
                 * @instance
                 */
                PortStatus.prototype.portId = "";

                /**
                 * PortStatus wiring.
                 * @member {trellis.l2.v1.Wiring} wiring
                 * @memberof trellis.l2.v1.PortStatus
                 * @instance
                 */
                PortStatus.prototype.wiring = 0;

                /**
                 * PortStatus detail.
                 * @member {string} detail
                 * @memberof trellis.l2.v1.PortStatus
                 * @instance
                 */
                PortStatus.prototype.detail = "";

                /**
                 * Creates a new PortStatus instance using the specified properties.
                 * @function create
                 * @memberof trellis.l2.v1.PortStatus
                 * @static
                 * @param {trellis.l2.v1.PortStatus.$Properties=} [properties] Properties to set
                 * @returns {trellis.l2.v1.PortStatus} PortStatus instance
                 * @type {{
                 *   (properties: trellis.l2.v1.PortStatus.$Shape): trellis.l2.v1.PortStatus & trellis.l2.v1.PortStatus.$Shape;
                 *   (properties?: trellis.l2.v1.PortStatus.$Properties): trellis.l2.v1.PortStatus;
                 * }}
                 */
                PortStatus.create = function(properties) {
                    return new PortStatus(properties);
                };

                /**
                 * Encodes the specified PortStatus message. Does not implicitly {@link trellis.l2.v1.PortStatus.verify|verify} messages.
                 * @function encode
                 * @memberof trellis.l2.v1.PortStatus
                 * @static
                 * @param {trellis.l2.v1.PortStatus.$Properties} message PortStatus message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                PortStatus.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.portId != null && $Object.hasOwnProperty.call(message, "portId") && message.portId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.portId);
                    if (message.wiring != null && $Object.hasOwnProperty.call(message, "wiring") && message.wiring !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).int32(message.wiring);
                    if (message.detail != null && $Object.hasOwnProperty.call(message, "detail") && message.detail !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.detail);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a PortStatus message from the specified reader or buffer.
                 * @function decode
                 * @memberof trellis.l2.v1.PortStatus
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {trellis.l2.v1.PortStatus & trellis.l2.v1.PortStatus.$Shape} PortStatus
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                PortStatus.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.trellis.l2.v1.PortStatus();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.portId = value;
                                else
                                    delete message.portId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.wiring = value;
                                else
                                    delete message.wiring;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.detail = value;
                                else
                                    delete message.detail;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for PortStatus
                 * @function getTypeUrl
                 * @memberof trellis.l2.v1.PortStatus
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                PortStatus.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/trellis.l2.v1.PortStatus";
                };

                return PortStatus;
            })();

            v1.PortStatusBatch = (function() {

                /**
                 * Properties of a PortStatusBatch.
                 * @typedef {Object} trellis.l2.v1.PortStatusBatch.$Properties
                 * @property {Array.<trellis.l2.v1.PortStatus.$Properties>|null} [statuses] PortStatusBatch statuses
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a PortStatusBatch.
                 * @memberof trellis.l2.v1
                 * @interface IPortStatusBatch
                 * @augments trellis.l2.v1.PortStatusBatch.$Properties
                 * @deprecated Use trellis.l2.v1.PortStatusBatch.$Properties instead.
                 */

                /**
                 * Shape of a PortStatusBatch.
                 * @typedef {trellis.l2.v1.PortStatusBatch.$Properties} trellis.l2.v1.PortStatusBatch.$Shape
                 */

                /**
                 * Constructs a new PortStatusBatch.
                 * @memberof trellis.l2.v1
                 * @classdesc Represents a PortStatusBatch.
                 * @constructor
                 * @param {trellis.l2.v1.PortStatusBatch.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const PortStatusBatch = function (properties) {
                    this.statuses = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * PortStatusBatch statuses.
                 * @member {Array.<trellis.l2.v1.PortStatus.$Properties>} statuses
                 * @memberof trellis.l2.v1.PortStatusBatch
                 * @instance
                 */
                PortStatusBatch.prototype.statuses = $util.emptyArray;

                /**
                 * Creates a new PortStatusBatch instance using the specified properties.
                 * @function create
                 * @memberof trellis.l2.v1.PortStatusBatch
                 * @static
                 * @param {trellis.l2.v1.PortStatusBatch.$Properties=} [properties] Properties to set
                 * @returns {trellis.l2.v1.PortStatusBatch} PortStatusBatch instance
                 * @type {{
                 *   (properties: trellis.l2.v1.PortStatusBatch.$Shape): trellis.l2.v1.PortStatusBatch & trellis.l2.v1.PortStatusBatch.$Shape;
                 *   (properties?: trellis.l2.v1.PortStatusBatch.$Properties): trellis.l2.v1.PortStatusBatch;
                 * }}
                 */
                PortStatusBatch.create = function(properties) {
                    return new PortStatusBatch(properties);
                };

                /**
                 * Encodes the specified PortStatusBatch message. Does not implicitly {@link trellis.l2.v1.PortStatusBatch.verify|verify} messages.
                 * @function encode
                 * @memberof trellis.l2.v1.PortStatusBatch
                 * @static
                 * @param {trellis.l2.v1.PortStatusBatch.$Properties} message PortStatusBatch message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                PortStatusBatch.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.statuses != null && message.statuses.length)
                        for (let i = 0; i < message.statuses.length; ++i)
                            $root.trellis.l2.v1.PortStatus.encode(message.statuses[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a PortStatusBatch message from the specified reader or buffer.
                 * @function decode
                 * @memberof trellis.l2.v1.PortStatusBatch
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {trellis.l2.v1.PortStatusBatch & trellis.l2.v1.PortStatusBatch.$Shape} PortStatusBatch
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                PortStatusBatch.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.trellis.l2.v1.PortStatusBatch();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.statuses && message.statuses.length))
                                    message.statuses = [];
                                message.statuses.push($root.trellis.l2.v1.PortStatus.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for PortStatusBatch
                 * @function getTypeUrl
                 * @memberof trellis.l2.v1.PortStatusBatch
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                PortStatusBatch.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/trellis.l2.v1.PortStatusBatch";
                };

                return PortStatusBatch;
            })();

            v1.VniDigest = (function() {

                /**
                 * Properties of a VniDigest.
                 * @typedef {Object} trellis.l2.v1.VniDigest.$Properties
                 * @property {number|null} [vni] VniDigest vni
                 * @property {number|null} [digest] VniDigest digest
                 * @property {number|null} [entries] VniDigest entries
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a VniDigest.
                 * @memberof trellis.l2.v1
                 * @interface IVniDigest
                 * @augments trellis.l2.v1.VniDigest.$Properties
                 * @deprecated Use trellis.l2.v1.VniDigest.$Properties instead.
                 */

                /**
                 * Shape of a VniDigest.
                 * @typedef {trellis.l2.v1.VniDigest.$Properties} trellis.l2.v1.VniDigest.$Shape
                 */

                /**
                 * Constructs a new VniDigest.
                 * @memberof trellis.l2.v1
                 * @classdesc Represents a VniDigest.
                 * @constructor
                 * @param {trellis.l2.v1.VniDigest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const VniDigest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * VniDigest vni.
                 * @member {number} vni
                 * @memberof trellis.l2.v1.VniDigest
                 * @instance
                 */
                VniDigest.prototype.vni = 0;

                /**
                 * VniDigest digest.
                 * @member {number} digest
                 * @memberof trellis.l2.v1.VniDigest
                 * @instance
                 */
                VniDigest.prototype.digest = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * VniDigest entries.
                 * @member {number} entries
                 * @memberof trellis.l2.v1.VniDigest
                 * @instance
                 */
                VniDigest.prototype.entries = 0;

                /**
                 * Creates a new VniDigest instance using the specified properties.
                 * @function create
                 * @memberof trellis.l2.v1.VniDigest
                 * @static
                 * @param {trellis.l2.v1.VniDigest.$Properties=} [properties] Properties to set
                 * @returns {trellis.l2.v1.VniDigest} VniDigest instance
                 * @type {{
                 *   (properties: trellis.l2.v1.VniDigest.$Shape): trellis.l2.v1.VniDigest & trellis.l2.v1.VniDigest.$Shape;
                 *   (properties?: trellis.l2.v1.VniDigest.$Properties): trellis.l2.v1.VniDigest;
                 * }}
                 */
                VniDigest.create = function(properties) {
                    return new VniDigest(properties);
                };

                /**
                 * Encodes the specified VniDigest message. Does not implicitly {@link trellis.l2.v1.VniDigest.verify|verify} messages.
                 * @function encode
                 * @memberof trellis.l2.v1.VniDigest
                 * @static
                 * @param {trellis.l2.v1.VniDigest.$Properties} message VniDigest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                VniDigest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.vni != null && $Object.hasOwnProperty.call(message, "vni") && message.vni !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.vni);
                    if (message.digest != null && $Object.hasOwnProperty.call(message, "digest") && (typeof message.digest === "object" ? message.digest.low || message.digest.high : message.digest !== 0))
                        writer.uint32(/* id 2, wireType 1 =*/17).fixed64(message.digest);
                    if (message.entries != null && $Object.hasOwnProperty.call(message, "entries") && message.entries !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.entries);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a VniDigest message from the specified reader or buffer.
                 * @function decode
                 * @memberof trellis.l2.v1.VniDigest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {trellis.l2.v1.VniDigest & trellis.l2.v1.VniDigest.$Shape} VniDigest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                VniDigest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.trellis.l2.v1.VniDigest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.vni = value;
                                else
                                    delete message.vni;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 1)
                                    break;
                                if (typeof (value = reader.fixed64()) === "object" ? value.low || value.high : value !== 0)
                                    message.digest = value;
                                else
                                    delete message.digest;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.entries = value;
                                else
                                    delete message.entries;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for VniDigest
                 * @function getTypeUrl
                 * @memberof trellis.l2.v1.VniDigest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                VniDigest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/trellis.l2.v1.VniDigest";
                };

                return VniDigest;
            })();

            v1.RouterDigest = (function() {

                /**
                 * Properties of a RouterDigest.
                 * @typedef {Object} trellis.l2.v1.RouterDigest.$Properties
                 * @property {string|null} [routerId] RouterDigest routerId
                 * @property {number|null} [digest] RouterDigest digest
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a RouterDigest.
                 * @memberof trellis.l2.v1
                 * @interface IRouterDigest
                 * @augments trellis.l2.v1.RouterDigest.$Properties
                 * @deprecated Use trellis.l2.v1.RouterDigest.$Properties instead.
                 */

                /**
                 * Shape of a RouterDigest.
                 * @typedef {trellis.l2.v1.RouterDigest.$Properties} trellis.l2.v1.RouterDigest.$Shape
                 */

                /**
                 * Constructs a new RouterDigest.
                 * @memberof trellis.l2.v1
                 * @classdesc Represents a RouterDigest.
                 * @constructor
                 * @param {trellis.l2.v1.RouterDigest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const RouterDigest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * RouterDigest routerId.
                 * @member {string} routerId
                 * @memberof trellis.l2.v1.RouterDigest
                 * @instance
                 */
                RouterDigest.prototype.routerId = "";

                /**
                 * RouterDigest digest.
                 * @member {number} digest
                 * @memberof trellis.l2.v1.RouterDigest
                 * @instance
                 */
                RouterDigest.prototype.digest = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new RouterDigest instance using the specified properties.
                 * @function create
                 * @memberof trellis.l2.v1.RouterDigest
                 * @static
                 * @param {trellis.l2.v1.RouterDigest.$Properties=} [properties] Properties to set
                 * @returns {trellis.l2.v1.RouterDigest} RouterDigest instance
                 * @type {{
                 *   (properties: trellis.l2.v1.RouterDigest.$Shape): trellis.l2.v1.RouterDigest & trellis.l2.v1.RouterDigest.$Shape;
                 *   (properties?: trellis.l2.v1.RouterDigest.$Properties): trellis.l2.v1.RouterDigest;
                 * }}
                 */
                RouterDigest.create = function(properties) {
                    return new RouterDigest(properties);
                };

                /**
                 * Encodes the specified RouterDigest message. Does not implicitly {@link trellis.l2.v1.RouterDigest.verify|verify} messages.
                 * @function encode
                 * @memberof trellis.l2.v1.RouterDigest
                 * @static
                 * @param {trellis.l2.v1.RouterDigest.$Properties} message RouterDigest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                RouterDigest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.routerId != null && $Object.hasOwnProperty.call(message, "routerId") && message.routerId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.routerId);
                    if (message.digest != null && $Object.hasOwnProperty.call(message, "digest") && (typeof message.digest === "object" ? message.digest.low || message.digest.high : message.digest !== 0))
                        writer.uint32(/* id 2, wireType 1 =*/17).fixed64(message.digest);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a RouterDigest message from the specified reader or buffer.
                 * @function decode
                 * @memberof trellis.l2.v1.RouterDigest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {trellis.l2.v1.RouterDigest & trellis.l2.v1.RouterDigest.$Shape} RouterDigest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                RouterDigest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.trellis.l2.v1.RouterDigest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.routerId = value;
                                else
                                    delete message.routerId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 1)
                                    break;
                                if (typeof (value = reader.fixed64()) === "object" ? value.low || value.high : value !== 0)
                                    message.digest = value;
                                else
                                    delete message.digest;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for RouterDigest
                 * @function getTypeUrl
                 * @memberof trellis.l2.v1.RouterDigest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                RouterDigest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/trellis.l2.v1.RouterDigest";
                };

                return RouterDigest;
            })();

            v1.Digests = (function() {

                /**
                 * Properties of a Digests.
                 * @typedef {Object} trellis.l2.v1.Digests.$Properties
                 * @property {number|null} [revision] Digests revision
                 * @property {Array.<trellis.l2.v1.VniDigest.$Properties>|null} [vnis] Digests vnis
                 * @property {Array.<trellis.l2.v1.RouterDigest.$Properties>|null} [routers] Digests routers
                 * @property {boolean|null} [routersIncluded] Digests routersIncluded
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Digests.
                 * @memberof trellis.l2.v1
                 * @interface IDigests
                 * @augments trellis.l2.v1.Digests.$Properties
                 * @deprecated Use trellis.l2.v1.Digests.$Properties instead.
                 */

                /**
                 * Shape of a Digests.
                 * @typedef {trellis.l2.v1.Digests.$Properties} trellis.l2.v1.Digests.$Shape
                 */

                /**
                 * Constructs a new Digests.
                 * @memberof trellis.l2.v1
                 * @classdesc Represents a Digests.
                 * @constructor
                 * @param {trellis.l2.v1.Digests.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Digests = function (properties) {
                    this.vnis = [];
                    this.routers = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Digests revision.
                 * @member {number} revision
                 * @memberof trellis.l2.v1.Digests
                 * @instance
                 */
                Digests.prototype.revision = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Digests vnis.
                 * @member {Array.<trellis.l2.v1.VniDigest.$Properties>} vnis
                 * @memberof trellis.l2.v1.Digests
                 * @instance
                 */
                Digests.prototype.vnis = $util.emptyArray;

                /**
                 * Digests routers.
                 * @member {Array.<trellis.l2.v1.RouterDigest.$Properties>} routers
                 * @memberof trellis.l2.v1.Digests
                 * @instance
                 */
                Digests.prototype.routers = $util.emptyArray;

                /**
                 * Digests routersIncluded.
                 * @member {boolean} routersIncluded
                 * @memberof trellis.l2.v1.Digests
                 * @instance
                 */
                Digests.prototype.routersIncluded = false;

                /**
                 * Creates a new Digests instance using the specified properties.
                 * @function create
                 * @memberof trellis.l2.v1.Digests
                 * @static
                 * @param {trellis.l2.v1.Digests.$Properties=} [properties] Properties to set
                 * @returns {trellis.l2.v1.Digests} Digests instance
                 * @type {{
                 *   (properties: trellis.l2.v1.Digests.$Shape): trellis.l2.v1.Digests & trellis.l2.v1.Digests.$Shape;
                 *   (properties?: trellis.l2.v1.Digests.$Properties): trellis.l2.v1.Digests;
                 * }}
                 */
                Digests.create = function(properties) {
                    return new Digests(properties);
                };

                /**
                 * Encodes the specified Digests message. Does not implicitly {@link trellis.l2.v1.Digests.verify|verify} messages.
                 * @function encode
                 * @memberof trellis.l2.v1.Digests
                 * @static
                 * @param {trellis.l2.v1.Digests.$Properties} message Digests message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Digests.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.revision != null && $Object.hasOwnProperty.call(message, "revision") && (typeof message.revision === "object" ? message.revision.low || message.revision.high : message.revision !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.revision);
                    if (message.vnis != null && message.vnis.length)
                        for (let i = 0; i < message.vnis.length; ++i)
                            $root.trellis.l2.v1.VniDigest.encode(message.vnis[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.routers != null && message.routers.length)
                        for (let i = 0; i < message.routers.length; ++i)
                            $root.trellis.l2.v1.RouterDigest.encode(message.routers[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.routersIncluded != null && $Object.hasOwnProperty.call(message, "routersIncluded") && message.routersIncluded !== false)
                        writer.uint32(/* id 4, wireType 0 =*/32).bool(message.routersIncluded);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Digests message from the specified reader or buffer.
                 * @function decode
                 * @memberof trellis.l2.v1.Digests
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {trellis.l2.v1.Digests & trellis.l2.v1.Digests.$Shape} Digests
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Digests.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.trellis.l2.v1.Digests();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.revision = value;
                                else
                                    delete message.revision;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.vnis && message.vnis.length))
                                    message.vnis = [];
                                message.vnis.push($root.trellis.l2.v1.VniDigest.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.routers && message.routers.length))
                                    message.routers = [];
                                message.routers.push($root.trellis.l2.v1.RouterDigest.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.routersIncluded = value;
                                else
                                    delete message.routersIncluded;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for Digests
                 * @function getTypeUrl
                 * @memberof trellis.l2.v1.Digests
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Digests.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/trellis.l2.v1.Digests";
                };

                return Digests;
            })();

            v1.HostMessage = (function() {

                /**
                 * Properties of a HostMessage.
                 * @typedef {Object} trellis.l2.v1.HostMessage.$Properties
                 * @property {trellis.l2.v1.Hello.$Properties|null} [hello] HostMessage hello
                 * @property {trellis.l2.v1.Ack.$Properties|null} [ack] HostMessage ack
                 * @property {trellis.l2.v1.Nack.$Properties|null} [nack] HostMessage nack
                 * @property {trellis.l2.v1.Digests.$Properties|null} [digests] HostMessage digests
                 * @property {trellis.l2.v1.PortStatusBatch.$Properties|null} [portStatuses] HostMessage portStatuses
                 * @property {"hello"|"ack"|"nack"|"digests"|"portStatuses"} [kind] HostMessage kind
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a HostMessage.
                 * @memberof trellis.l2.v1
                 * @interface IHostMessage
                 * @augments trellis.l2.v1.HostMessage.$Properties
                 * @deprecated Use trellis.l2.v1.HostMessage.$Properties instead.
                 */

                /**
                 * Narrowed shape of a HostMessage.
                 * @typedef {{
                 *   hello?: trellis.l2.v1.Hello.$Shape|null;
                 *   ack?: trellis.l2.v1.Ack.$Shape|null;
                 *   nack?: trellis.l2.v1.Nack.$Shape|null;
                 *   digests?: trellis.l2.v1.Digests.$Shape|null;
                 *   portStatuses?: trellis.l2.v1.PortStatusBatch.$Shape|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * } & (
                 *   ({ kind?: undefined; hello?: null; ack?: null; nack?: null; digests?: null; portStatuses?: null }|{ kind?: "hello"; hello: trellis.l2.v1.Hello.$Shape; ack?: null; nack?: null; digests?: null; portStatuses?: null }|{ kind?: "ack"; hello?: null; ack: trellis.l2.v1.Ack.$Shape; nack?: null; digests?: null; portStatuses?: null }|{ kind?: "nack"; hello?: null; ack?: null; nack: trellis.l2.v1.Nack.$Shape; digests?: null; portStatuses?: null }|{ kind?: "digests"; hello?: null; ack?: null; nack?: null; digests: trellis.l2.v1.Digests.$Shape; portStatuses?: null }|{ kind?: "portStatuses"; hello?: null; ack?: null; nack?: null; digests?: null; portStatuses: trellis.l2.v1.PortStatusBatch.$Shape })
                 * )} trellis.l2.v1.HostMessage.$Shape
                 */

                /**
                 * Constructs a new HostMessage.
                 * @memberof trellis.l2.v1
                 * @classdesc Represents a HostMessage.
                 * @constructor
                 * @param {trellis.l2.v1.HostMessage.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const HostMessage = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * HostMessage hello.
                 * @member {trellis.l2.v1.Hello.$Properties|null|undefined} hello
                 * @memberof trellis.l2.v1.HostMessage
                 * @instance
                 */
                HostMessage.prototype.hello = null;

                /**
                 * HostMessage ack.
                 * @member {trellis.l2.v1.Ack.$Properties|null|undefined} ack
                 * @memberof trellis.l2.v1.HostMessage
                 * @instance
                 */
                HostMessage.prototype.ack = null;

                /**
                 * HostMessage nack.
                 * @member {trellis.l2.v1.Nack.$Properties|null|undefined} nack
                 * @memberof trellis.l2.v1.HostMessage
                 * @instance
                 */
                HostMessage.prototype.nack = null;

                /**
                 * HostMessage digests.
                 * @member {trellis.l2.v1.Digests.$Properties|null|undefined} digests
                 * @memberof trellis.l2.v1.HostMessage
                 * @instance
                 */
                HostMessage.prototype.digests = null;

                /**
                 * HostMessage portStatuses.
                 * @member {trellis.l2.v1.PortStatusBatch.$Properties|null|undefined} portStatuses
                 * @memberof trellis.l2.v1.HostMessage
                 * @instance
                 */
                HostMessage.prototype.portStatuses = null;

                // OneOf field names bound to virtual getters and setters
                let $oneOfFields;

                /**
                 * HostMessage kind.
                 * @member {"hello"|"ack"|"nack"|"digests"|"portStatuses"|undefined} kind
                 * @memberof trellis.l2.v1.HostMessage
                 * @instance
                 */
                $Object.defineProperty(HostMessage.prototype, "kind", {
                    get: $util.oneOfGetter($oneOfFields = ["hello", "ack", "nack", "digests", "portStatuses"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Creates a new HostMessage instance using the specified properties.
                 * @function create
                 * @memberof trellis.l2.v1.HostMessage
                 * @static
                 * @param {trellis.l2.v1.HostMessage.$Properties=} [properties] Properties to set
                 * @returns {trellis.l2.v1.HostMessage} HostMessage instance
                 * @type {{
                 *   (properties: trellis.l2.v1.HostMessage.$Shape): trellis.l2.v1.HostMessage & trellis.l2.v1.HostMessage.$Shape;
                 *   (properties?: trellis.l2.v1.HostMessage.$Properties): trellis.l2.v1.HostMessage;
                 * }}
                 */
                HostMessage.create = function(properties) {
                    return new HostMessage(properties);
                };

                /**
                 * Encodes the specified HostMessage message. Does not implicitly {@link trellis.l2.v1.HostMessage.verify|verify} messages.
                 * @function encode
                 * @memberof trellis.l2.v1.HostMessage
                 * @static
                 * @param {trellis.l2.v1.HostMessage.$Properties} message HostMessage message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                HostMessage.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.hello != null && $Object.hasOwnProperty.call(message, "hello"))
                        $root.trellis.l2.v1.Hello.encode(message.hello, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.ack != null && $Object.hasOwnProperty.call(message, "ack"))
                        $root.trellis.l2.v1.Ack.encode(message.ack, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.nack != null && $Object.hasOwnProperty.call(message, "nack"))
                        $root.trellis.l2.v1.Nack.encode(message.nack, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.digests != null && $Object.hasOwnProperty.call(message, "digests"))
                        $root.trellis.l2.v1.Digests.encode(message.digests, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                    if (message.portStatuses != null && $Object.hasOwnProperty.call(message, "portStatuses"))
                        $root.trellis.l2.v1.PortStatusBatch.encode(message.portStatuses, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a HostMessage message from the specified reader or buffer.
                 * @function decode
                 * @memberof trellis.l2.v1.HostMessage
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {trellis.l2.v1.HostMessage & trellis.l2.v1.HostMessage.$Shape} HostMessage
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                HostMessage.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.trellis.l2.v1.HostMessage();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.hello = $root.trellis.l2.v1.Hello.decode(reader, reader.size(), $undefined, _depth + 1, message.hello);
                                message.kind = "hello";
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.ack = $root.trellis.l2.v1.Ack.decode(reader, reader.size(), $undefined, _depth + 1, message.ack);
                                message.kind = "ack";
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.nack = $root.trellis.l2.v1.Nack.decode(reader, reader.size(), $undefined, _depth + 1, message.nack);
                                message.kind = "nack";
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                message.digests = $root.trellis.l2.v1.Digests.decode(reader, reader.size(), $undefined, _depth + 1, message.digests);
                                message.kind = "digests";
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                message.portStatuses = $root.trellis.l2.v1.PortStatusBatch.decode(reader, reader.size(), $undefined, _depth + 1, message.portStatuses);
                                message.kind = "portStatuses";
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for HostMessage
                 * @function getTypeUrl
                 * @memberof trellis.l2.v1.HostMessage
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                HostMessage.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/trellis.l2.v1.HostMessage";
                };

                return HostMessage;
            })();

            v1.LocalPort = (function() {

                /**
                 * Properties of a LocalPort.
                 * @typedef {Object} trellis.l2.v1.LocalPort.$Properties
                 * @property {string|null} [portId] LocalPort portId
                 * @property {Uint8Array|null} [mac] LocalPort mac
                 * @property {Array.<Uint8Array>|null} [ips] LocalPort ips
                 * @property {number|null} [mtu] LocalPort mtu
                 * @property {boolean|null} [inactive] LocalPort inactive
                 * @property {number|null} [seq] LocalPort seq
                 * @property {string|null} [networkId] LocalPort networkId
                 * @property {boolean|null} [portSecurityEnabled] LocalPort portSecurityEnabled
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a LocalPort.
                 * @memberof trellis.l2.v1
                 * @interface ILocalPort
                 * @augments trellis.l2.v1.LocalPort.$Properties
                 * @deprecated Use trellis.l2.v1.LocalPort.$Properties instead.
                 */

                /**
                 * Shape of a LocalPort.
                 * @typedef {trellis.l2.v1.LocalPort.$Properties} trellis.l2.v1.LocalPort.$Shape
                 */

                /**
                 * Constructs a new LocalPort.
                 * @memberof trellis.l2.v1
                 * @classdesc Represents a LocalPort.
                 * @constructor
                 * @param {trellis.l2.v1.LocalPort.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const LocalPort = function (properties) {
                    this.ips = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * LocalPort portId.
                 * @member {string} portId
                 * @memberof trellis.l2.v1.LocalPort
                 * @instance
                 */
                LocalPort.prototype.portId = "";

                /**
                 * LocalPort mac.
                 * @member {Uint8Array} mac
                 * @memberof trellis.l2.v1.LocalPort
                 * @instance
                 */
                LocalPort.prototype.mac = $util.newBuffer([]);

                /**
                 * LocalPort ips.
                 * @member {Array.<Uint8Array>} ips
                 * @memberof trellis.l2.v1.LocalPort
                 * @instance
                 */
                LocalPort.prototype.ips = $util.emptyArray;

                /**
                 * LocalPort mtu.
                 * @member {number} mtu
                 * @memberof trellis.l2.v1.LocalPort
                 * @instance
                 */
                LocalPort.prototype.mtu = 0;

                /**
                 * LocalPort inactive.
                 * @member {boolean} inactive
                 * @memberof trellis.l2.v1.LocalPort
                 * @instance
                 */
                LocalPort.prototype.inactive = false;

                /**
                 * LocalPort seq.
                 * @member {number} seq
                 * @memberof trellis.l2.v1.LocalPort
                 * @instance
                 */
                LocalPort.prototype.seq = 0;

                /**
                 * LocalPort networkId.
                 * @member {string} networkId
                 * @memberof trellis.l2.v1.LocalPort
                 * @instance
                 */
                LocalPort.prototype.networkId = "";

                /**
                 * LocalPort portSecurityEnabled.
                 * @member {boolean|null|undefined} portSecurityEnabled
                 * @memberof trellis.l2.v1.LocalPort
                 * @instance
                 */
                LocalPort.prototype.portSecurityEnabled = null;

                // OneOf field names bound to virtual getters and setters
                let $oneOfFields;

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(LocalPort.prototype, "_portSecurityEnabled", {
                    get: $util.oneOfGetter($oneOfFields = ["portSecurityEnabled"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Creates a new LocalPort instance using the specified properties.
                 * @function create
                 * @memberof trellis.l2.v1.LocalPort
                 * @static
                 * @param {trellis.l2.v1.LocalPort.$Properties=} [properties] Properties to set
                 * @returns {trellis.l2.v1.LocalPort} LocalPort instance
                 * @type {{
                 *   (properties: trellis.l2.v1.LocalPort.$Shape): trellis.l2.v1.LocalPort & trellis.l2.v1.LocalPort.$Shape;
                 *   (properties?: trellis.l2.v1.LocalPort.$Properties): trellis.l2.v1.LocalPort;
                 * }}
                 */
                LocalPort.create = function(properties) {
                    return new LocalPort(properties);
                };

                /**
                 * Encodes the specified LocalPort message. Does not implicitly {@link trellis.l2.v1.LocalPort.verify|verify} messages.
                 * @function encode
                 * @memberof trellis.l2.v1.LocalPort
                 * @static
                 * @param {trellis.l2.v1.LocalPort.$Properties} message LocalPort message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                LocalPort.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.portId != null && $Object.hasOwnProperty.call(message, "portId") && message.portId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.portId);
                    if (message.mac != null && $Object.hasOwnProperty.call(message, "mac") && message.mac.length)
                        writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.mac);
                    if (message.ips != null && message.ips.length)
                        for (let i = 0; i < message.ips.length; ++i)
                            writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.ips[i]);
                    if (message.mtu != null && $Object.hasOwnProperty.call(message, "mtu") && message.mtu !== 0)
                        writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.mtu);
                    if (message.inactive != null && $Object.hasOwnProperty.call(message, "inactive") && message.inactive !== false)
                        writer.uint32(/* id 5, wireType 0 =*/40).bool(message.inactive);
                    if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && message.seq !== 0)
                        writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.seq);
                    if (message.networkId != null && $Object.hasOwnProperty.call(message, "networkId") && message.networkId !== "")
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.networkId);
                    if (message.portSecurityEnabled != null && $Object.hasOwnProperty.call(message, "portSecurityEnabled"))
                        writer.uint32(/* id 8, wireType 0 =*/64).bool(message.portSecurityEnabled);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a LocalPort message from the specified reader or buffer.
                 * @function decode
                 * @memberof trellis.l2.v1.LocalPort
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {trellis.l2.v1.LocalPort & trellis.l2.v1.LocalPort.$Shape} LocalPort
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                LocalPort.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.trellis.l2.v1.LocalPort();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.portId = value;
                                else
                                    delete message.portId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.mac = value;
                                else
                                    delete message.mac;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.ips && message.ips.length))
                                    message.ips = [];
                                message.ips.push(reader.bytes());
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.mtu = value;
                                else
                                    delete message.mtu;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.inactive = value;
                                else
                                    delete message.inactive;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.seq = value;
                                else
                                    delete message.seq;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.networkId = value;
                                else
                                    delete message.networkId;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 0)
                                    break;
                                message.portSecurityEnabled = reader.bool();
                                message._portSecurityEnabled = "portSecurityEnabled";
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for LocalPort
                 * @function getTypeUrl
                 * @memberof trellis.l2.v1.LocalPort
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                LocalPort.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/trellis.l2.v1.LocalPort";
                };

                return LocalPort;
            })();

            v1.Subnet = (function() {

                /**
                 * Properties of a Subnet.
                 * @typedef {Object} trellis.l2.v1.Subnet.$Properties
                 * @property {string|null} [id] Subnet id
                 * @property {number|null} [ipVersion] Subnet ipVersion
                 * @property {string|null} [cidr] Subnet cidr
                 * @property {Uint8Array|null} [gatewayIp] Subnet gatewayIp
                 * @property {boolean|null} [enableDhcp] Subnet enableDhcp
                 * @property {Array.<Uint8Array>|null} [dnsNameservers] Subnet dnsNameservers
                 * @property {Array.<trellis.l2.v1.HostRoute.$Properties>|null} [hostRoutes] Subnet hostRoutes
                 * @property {string|null} [ipv6AddressMode] Subnet ipv6AddressMode
                 * @property {string|null} [ipv6RaMode] Subnet ipv6RaMode
                 * @property {Uint8Array|null} [dhcpServerIp] Subnet dhcpServerIp
                 * @property {Uint8Array|null} [dhcpServerMac] Subnet dhcpServerMac
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Subnet.
                 * @memberof trellis.l2.v1
                 * @interface ISubnet
                 * @augments trellis.l2.v1.Subnet.$Properties
                 * @deprecated Use trellis.l2.v1.Subnet.$Properties instead.
                 */

                /**
                 * Shape of a Subnet.
                 * @typedef {trellis.l2.v1.Subnet.$Properties} trellis.l2.v1.Subnet.$Shape
                 */

                /**
                 * Constructs a new Subnet.
                 * @memberof trellis.l2.v1
                 * @classdesc Represents a Subnet.
                 * @constructor
                 * @param {trellis.l2.v1.Subnet.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Subnet = function (properties) {
                    this.dnsNameservers = [];
                    this.hostRoutes = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Subnet id.
                 * @member {string} id
                 * @memberof trellis.l2.v1.Subnet
                 * @instance
                 */
                Subnet.prototype.id = "";

                /**
                 * Subnet ipVersion.
                 * @member {number} ipVersion
                 * @memberof trellis.l2.v1.Subnet
                 * @instance
                 */
                Subnet.prototype.ipVersion = 0;

                /**
                 * Subnet cidr.
                 * @member {string} cidr
                 * @memberof trellis.l2.v1.Subnet
                 * @instance
                 */
                Subnet.prototype.cidr = "";

                /**
                 * Subnet gatewayIp.
                 * @member {Uint8Array} gatewayIp
                 * @memberof trellis.l2.v1.Subnet
                 * @instance
                 */
                Subnet.prototype.gatewayIp = $util.newBuffer([]);

                /**
                 * Subnet enableDhcp.
                 * @member {boolean} enableDhcp
                 * @memberof trellis.l2.v1.Subnet
                 * @instance
                 */
                Subnet.prototype.enableDhcp = false;

                /**
                 * Subnet dnsNameservers.
                 * @member {Array.<Uint8Array>} dnsNameservers
                 * @memberof trellis.l2.v1.Subnet
                 * @instance
                 */
                Subnet.prototype.dnsNameservers = $util.emptyArray;

                /**
                 * Subnet hostRoutes.
                 * @member {Array.<trellis.l2.v1.HostRoute.$Properties>} hostRoutes
                 * @memberof trellis.l2.v1.Subnet
                 * @instance
                 */
                Subnet.prototype.hostRoutes = $util.emptyArray;

                /**
                 * Subnet ipv6AddressMode.
                 * @member {string} ipv6AddressMode
                 * @memberof trellis.l2.v1.Subnet
                 * @instance
                 */
                Subnet.prototype.ipv6AddressMode = "";

                /**
                 * Subnet ipv6RaMode.
                 * @member {string} ipv6RaMode
                 * @memberof trellis.l2.v1.Subnet
                 * @instance
                 */
                Subnet.prototype.ipv6RaMode = "";

                /**
                 * Subnet dhcpServerIp.
                 * @member {Uint8Array} dhcpServerIp
                 * @memberof trellis.l2.v1.Subnet
                 * @instance
                 */
                Subnet.prototype.dhcpServerIp = $util.newBuffer([]);

                /**
                 * Subnet dhcpServerMac.
                 * @member {Uint8Array} dhcpServerMac
                 * @memberof trellis.l2.v1.Subnet
                 * @instance
                 */
                Subnet.prototype.dhcpServerMac = $util.newBuffer([]);

                /**
                 * Creates a new Subnet instance using the specified properties.
                 * @function create
                 * @memberof trellis.l2.v1.Subnet
                 * @static
                 * @param {trellis.l2.v1.Subnet.$Properties=} [properties] Properties to set
                 * @returns {trellis.l2.v1.Subnet} Subnet instance
                 * @type {{
                 *   (properties: trellis.l2.v1.Subnet.$Shape): trellis.l2.v1.Subnet & trellis.l2.v1.Subnet.$Shape;
                 *   (properties?: trellis.l2.v1.Subnet.$Properties): trellis.l2.v1.Subnet;
                 * }}
                 */
                Subnet.create = function(properties) {
                    return new Subnet(properties);
                };

                /**
                 * Encodes the specified Subnet message. Does not implicitly {@link trellis.l2.v1.Subnet.verify|verify} messages.
                 * @function encode
                 * @memberof trellis.l2.v1.Subnet
                 * @static
                 * @param {trellis.l2.v1.Subnet.$Properties} message Subnet message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Subnet.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    if (message.ipVersion != null && $Object.hasOwnProperty.call(message, "ipVersion") && message.ipVersion !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.ipVersion);
                    if (message.cidr != null && $Object.hasOwnProperty.call(message, "cidr") && message.cidr !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.cidr);
                    if (message.gatewayIp != null && $Object.hasOwnProperty.call(message, "gatewayIp") && message.gatewayIp.length)
                        writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.gatewayIp);
                    if (message.enableDhcp != null && $Object.hasOwnProperty.call(message, "enableDhcp") && message.enableDhcp !== false)
                        writer.uint32(/* id 5, wireType 0 =*/40).bool(message.enableDhcp);
                    if (message.dnsNameservers != null && message.dnsNameservers.length)
                        for (let i = 0; i < message.dnsNameservers.length; ++i)
                            writer.uint32(/* id 6, wireType 2 =*/50).bytes(message.dnsNameservers[i]);
                    if (message.hostRoutes != null && message.hostRoutes.length)
                        for (let i = 0; i < message.hostRoutes.length; ++i)
                            $root.trellis.l2.v1.HostRoute.encode(message.hostRoutes[i], writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                    if (message.ipv6AddressMode != null && $Object.hasOwnProperty.call(message, "ipv6AddressMode") && message.ipv6AddressMode !== "")
                        writer.uint32(/* id 8, wireType 2 =*/66).string(message.ipv6AddressMode);
                    if (message.ipv6RaMode != null && $Object.hasOwnProperty.call(message, "ipv6RaMode") && message.ipv6RaMode !== "")
                        writer.uint32(/* id 9, wireType 2 =*/74).string(message.ipv6RaMode);
                    if (message.dhcpServerIp != null && $Object.hasOwnProperty.call(message, "dhcpServerIp") && message.dhcpServerIp.length)
                        writer.uint32(/* id 10, wireType 2 =*/82).bytes(message.dhcpServerIp);
                    if (message.dhcpServerMac != null && $Object.hasOwnProperty.call(message, "dhcpServerMac") && message.dhcpServerMac.length)
                        writer.uint32(/* id 11, wireType 2 =*/90).bytes(message.dhcpServerMac);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Subnet message from the specified reader or buffer.
                 * @function decode
                 * @memberof trellis.l2.v1.Subnet
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {trellis.l2.v1.Subnet & trellis.l2.v1.Subnet.$Shape} Subnet
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Subnet.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.trellis.l2.v1.Subnet();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.id = value;
                                else
                                    delete message.id;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.ipVersion = value;
                                else
                                    delete message.ipVersion;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.cidr = value;
                                else
                                    delete message.cidr;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.gatewayIp = value;
                                else
                                    delete message.gatewayIp;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.enableDhcp = value;
                                else
                                    delete message.enableDhcp;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.dnsNameservers && message.dnsNameservers.length))
                                    message.dnsNameservers = [];
                                message.dnsNameservers.push(reader.bytes());
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.hostRoutes && message.hostRoutes.length))
                                    message.hostRoutes = [];
                                message.hostRoutes.push($root.trellis.l2.v1.HostRoute.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 8: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.ipv6AddressMode = value;
                                else
                                    delete message.ipv6AddressMode;
                                continue;
                            }
                        case 9: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.ipv6RaMode = value;
                                else
                                    delete message.ipv6RaMode;
                                continue;
                            }
                        case 10: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.dhcpServerIp = value;
                                else
                                    delete message.dhcpServerIp;
                                continue;
                            }
                        case 11: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.dhcpServerMac = value;
                                else
                                    delete message.dhcpServerMac;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for Subnet
                 * @function getTypeUrl
                 * @memberof trellis.l2.v1.Subnet
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Subnet.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/trellis.l2.v1.Subnet";
                };

                return Subnet;
            })();

            v1.HostRoute = (function() {

                /**
                 * Properties of a HostRoute.
                 * @typedef {Object} trellis.l2.v1.HostRoute.$Properties
                 * @property {string|null} [destination] HostRoute destination
                 * @property {Uint8Array|null} [nexthop] HostRoute nexthop
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a HostRoute.
                 * @memberof trellis.l2.v1
                 * @interface IHostRoute
                 * @augments trellis.l2.v1.HostRoute.$Properties
                 * @deprecated Use trellis.l2.v1.HostRoute.$Properties instead.
                 */

                /**
                 * Shape of a HostRoute.
                 * @typedef {trellis.l2.v1.HostRoute.$Properties} trellis.l2.v1.HostRoute.$Shape
                 */

                /**
                 * Constructs a new HostRoute.
                 * @memberof trellis.l2.v1
                 * @classdesc Represents a HostRoute.
                 * @constructor
                 * @param {trellis.l2.v1.HostRoute.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const HostRoute = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * HostRoute destination.
                 * @member {string} destination
                 * @memberof trellis.l2.v1.HostRoute
                 * @instance
                 */
                HostRoute.prototype.destination = "";

                /**
                 * HostRoute nexthop.
                 * @member {Uint8Array} nexthop
                 * @memberof trellis.l2.v1.HostRoute
                 * @instance
                 */
                HostRoute.prototype.nexthop = $util.newBuffer([]);

                /**
                 * Creates a new HostRoute instance using the specified properties.
                 * @function create
                 * @memberof trellis.l2.v1.HostRoute
                 * @static
                 * @param {trellis.l2.v1.HostRoute.$Properties=} [properties] Properties to set
                 * @returns {trellis.l2.v1.HostRoute} HostRoute instance
                 * @type {{
                 *   (properties: trellis.l2.v1.HostRoute.$Shape): trellis.l2.v1.HostRoute & trellis.l2.v1.HostRoute.$Shape;
                 *   (properties?: trellis.l2.v1.HostRoute.$Properties): trellis.l2.v1.HostRoute;
                 * }}
                 */
                HostRoute.create = function(properties) {
                    return new HostRoute(properties);
                };

                /**
                 * Encodes the specified HostRoute message. Does not implicitly {@link trellis.l2.v1.HostRoute.verify|verify} messages.
                 * @function encode
                 * @memberof trellis.l2.v1.HostRoute
                 * @static
                 * @param {trellis.l2.v1.HostRoute.$Properties} message HostRoute message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                HostRoute.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.destination != null && $Object.hasOwnProperty.call(message, "destination") && message.destination !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.destination);
                    if (message.nexthop != null && $Object.hasOwnProperty.call(message, "nexthop") && message.nexthop.length)
                        writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.nexthop);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a HostRoute message from the specified reader or buffer.
                 * @function decode
                 * @memberof trellis.l2.v1.HostRoute
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {trellis.l2.v1.HostRoute & trellis.l2.v1.HostRoute.$Shape} HostRoute
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                HostRoute.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.trellis.l2.v1.HostRoute();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.destination = value;
                                else
                                    delete message.destination;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.nexthop = value;
                                else
                                    delete message.nexthop;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for HostRoute
                 * @function getTypeUrl
                 * @memberof trellis.l2.v1.HostRoute
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                HostRoute.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/trellis.l2.v1.HostRoute";
                };

                return HostRoute;
            })();

            v1.VniDelta = (function() {

                /**
                 * Properties of a VniDelta.
                 * @typedef {Object} trellis.l2.v1.VniDelta.$Properties
                 * @property {number|null} [vni] VniDelta vni
                 * @property {boolean|null} [full] VniDelta full
                 * @property {boolean|null} [leave] VniDelta leave
                 * @property {Array.<Uint8Array>|null} [floodAdd] VniDelta floodAdd
                 * @property {Array.<Uint8Array>|null} [floodRemove] VniDelta floodRemove
                 * @property {Array.<Uint8Array>|null} [fdbUpsert] VniDelta fdbUpsert
                 * @property {Array.<Uint8Array>|null} [fdbWithdraw] VniDelta fdbWithdraw
                 * @property {Array.<Uint8Array>|null} [neighAdd] VniDelta neighAdd
                 * @property {Array.<Uint8Array>|null} [neighRemove] VniDelta neighRemove
                 * @property {Array.<trellis.l2.v1.LocalPort.$Properties>|null} [localAdd] VniDelta localAdd
                 * @property {Array.<string>|null} [localRemove] VniDelta localRemove
                 * @property {number|null} [mtu] VniDelta mtu
                 * @property {Array.<trellis.l2.v1.Subnet.$Properties>|null} [subnets] VniDelta subnets
                 * @property {Array.<string>|null} [subnetRemove] VniDelta subnetRemove
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a VniDelta.
                 * @memberof trellis.l2.v1
                 * @interface IVniDelta
                 * @augments trellis.l2.v1.VniDelta.$Properties
                 * @deprecated Use trellis.l2.v1.VniDelta.$Properties instead.
                 */

                /**
                 * Shape of a VniDelta.
                 * @typedef {trellis.l2.v1.VniDelta.$Properties} trellis.l2.v1.VniDelta.$Shape
                 */

                /**
                 * Constructs a new VniDelta.
                 * @memberof trellis.l2.v1
                 * @classdesc Represents a VniDelta.
                 * @constructor
                 * @param {trellis.l2.v1.VniDelta.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const VniDelta = function (properties) {
                    this.floodAdd = [];
                    this.floodRemove = [];
                    this.fdbUpsert = [];
                    this.fdbWithdraw = [];
                    this.neighAdd = [];
                    this.neighRemove = [];
                    this.localAdd = [];
                    this.localRemove = [];
                    this.subnets = [];
                    this.subnetRemove = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * VniDelta vni.
                 * @member {number} vni
                 * @memberof trellis.l2.v1.VniDelta
                 * @instance
                 */
                VniDelta.prototype.vni = 0;

                /**
                 * VniDelta full.
                 * @member {boolean} full
                 * @memberof trellis.l2.v1.VniDelta
                 * @instance
                 */
                VniDelta.prototype.full = false;

                /**
                 * VniDelta leave.
                 * @member {boolean} leave
                 * @memberof trellis.l2.v1.VniDelta
                 * @instance
                 */
                VniDelta.prototype.leave = false;

                /**
                 * VniDelta floodAdd.
                 * @member {Array.<Uint8Array>} floodAdd
                 * @memberof trellis.l2.v1.VniDelta
                 * @instance
                 */
                VniDelta.prototype.floodAdd = $util.emptyArray;

                /**
                 * VniDelta floodRemove.
                 * @member {Array.<Uint8Array>} floodRemove
                 * @memberof trellis.l2.v1.VniDelta
                 * @instance
                 */
                VniDelta.prototype.floodRemove = $util.emptyArray;

                /**
                 * VniDelta fdbUpsert.
                 * @member {Array.<Uint8Array>} fdbUpsert
                 * @memberof trellis.l2.v1.VniDelta
                 * @instance
                 */
                VniDelta.prototype.fdbUpsert = $util.emptyArray;

                /**
                 * VniDelta fdbWithdraw.
                 * @member {Array.<Uint8Array>} fdbWithdraw
                 * @memberof trellis.l2.v1.VniDelta
                 * @instance
                 */
                VniDelta.prototype.fdbWithdraw = $util.emptyArray;

                /**
                 * VniDelta neighAdd.
                 * @member {Array.<Uint8Array>} neighAdd
                 * @memberof trellis.l2.v1.VniDelta
                 * @instance
                 */
                VniDelta.prototype.neighAdd = $util.emptyArray;

                /**
                 * VniDelta neighRemove.
                 * @member {Array.<Uint8Array>} neighRemove
                 * @memberof trellis.l2.v1.VniDelta
                 * @instance
                 */
                VniDelta.prototype.neighRemove = $util.emptyArray;

                /**
                 * VniDelta localAdd.
                 * @member {Array.<trellis.l2.v1.LocalPort.$Properties>} localAdd
                 * @memberof trellis.l2.v1.VniDelta
                 * @instance
                 */
                VniDelta.prototype.localAdd = $util.emptyArray;

                /**
                 * VniDelta localRemove.
                 * @member {Array.<string>} localRemove
                 * @memberof trellis.l2.v1.VniDelta
                 * @instance
                 */
                VniDelta.prototype.localRemove = $util.emptyArray;

                /**
                 * VniDelta mtu.
                 * @member {number} mtu
                 * @memberof trellis.l2.v1.VniDelta
                 * @instance
                 */
                VniDelta.prototype.mtu = 0;

                /**
                 * VniDelta subnets.
                 * @member {Array.<trellis.l2.v1.Subnet.$Properties>} subnets
                 * @memberof trellis.l2.v1.VniDelta
                 * @instance
                 */
                VniDelta.prototype.subnets = $util.emptyArray;

                /**
                 * VniDelta subnetRemove.
                 * @member {Array.<string>} subnetRemove
                 * @memberof trellis.l2.v1.VniDelta
                 * @instance
                 */
                VniDelta.prototype.subnetRemove = $util.emptyArray;

                /**
                 * Creates a new VniDelta instance using the specified properties.
                 * @function create
                 * @memberof trellis.l2.v1.VniDelta
                 * @static
                 * @param {trellis.l2.v1.VniDelta.$Properties=} [properties] Properties to set
                 * @returns {trellis.l2.v1.VniDelta} VniDelta instance
                 * @type {{
                 *   (properties: trellis.l2.v1.VniDelta.$Shape): trellis.l2.v1.VniDelta & trellis.l2.v1.VniDelta.$Shape;
                 *   (properties?: trellis.l2.v1.VniDelta.$Properties): trellis.l2.v1.VniDelta;
                 * }}
                 */
                VniDelta.create = function(properties) {
                    return new VniDelta(properties);
                };

                /**
                 * Encodes the specified VniDelta message. Does not implicitly {@link trellis.l2.v1.VniDelta.verify|verify} messages.
                 * @function encode
                 * @memberof trellis.l2.v1.VniDelta
                 * @static
                 * @param {trellis.l2.v1.VniDelta.$Properties} message VniDelta message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                VniDelta.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.vni != null && $Object.hasOwnProperty.call(message, "vni") && message.vni !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.vni);
                    if (message.full != null && $Object.hasOwnProperty.call(message, "full") && message.full !== false)
                        writer.uint32(/* id 2, wireType 0 =*/16).bool(message.full);
                    if (message.leave != null && $Object.hasOwnProperty.call(message, "leave") && message.leave !== false)
                        writer.uint32(/* id 3, wireType 0 =*/24).bool(message.leave);
                    if (message.floodAdd != null && message.floodAdd.length)
                        for (let i = 0; i < message.floodAdd.length; ++i)
                            writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.floodAdd[i]);
                    if (message.floodRemove != null && message.floodRemove.length)
                        for (let i = 0; i < message.floodRemove.length; ++i)
                            writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.floodRemove[i]);
                    if (message.fdbUpsert != null && message.fdbUpsert.length)
                        for (let i = 0; i < message.fdbUpsert.length; ++i)
                            writer.uint32(/* id 6, wireType 2 =*/50).bytes(message.fdbUpsert[i]);
                    if (message.fdbWithdraw != null && message.fdbWithdraw.length)
                        for (let i = 0; i < message.fdbWithdraw.length; ++i)
                            writer.uint32(/* id 7, wireType 2 =*/58).bytes(message.fdbWithdraw[i]);
                    if (message.neighAdd != null && message.neighAdd.length)
                        for (let i = 0; i < message.neighAdd.length; ++i)
                            writer.uint32(/* id 8, wireType 2 =*/66).bytes(message.neighAdd[i]);
                    if (message.neighRemove != null && message.neighRemove.length)
                        for (let i = 0; i < message.neighRemove.length; ++i)
                            writer.uint32(/* id 9, wireType 2 =*/74).bytes(message.neighRemove[i]);
                    if (message.localAdd != null && message.localAdd.length)
                        for (let i = 0; i < message.localAdd.length; ++i)
                            $root.trellis.l2.v1.LocalPort.encode(message.localAdd[i], writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                    if (message.localRemove != null && message.localRemove.length)
                        for (let i = 0; i < message.localRemove.length; ++i)
                            writer.uint32(/* id 11, wireType 2 =*/90).string(message.localRemove[i]);
                    if (message.mtu != null && $Object.hasOwnProperty.call(message, "mtu") && message.mtu !== 0)
                        writer.uint32(/* id 12, wireType 0 =*/96).uint32(message.mtu);
                    if (message.subnets != null && message.subnets.length)
                        for (let i = 0; i < message.subnets.length; ++i)
                            $root.trellis.l2.v1.Subnet.encode(message.subnets[i], writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
                    if (message.subnetRemove != null && message.subnetRemove.length)
                        for (let i = 0; i < message.subnetRemove.length; ++i)
                            writer.uint32(/* id 14, wireType 2 =*/114).string(message.subnetRemove[i]);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a VniDelta message from the specified reader or buffer.
                 * @function decode
                 * @memberof trellis.l2.v1.VniDelta
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {trellis.l2.v1.VniDelta & trellis.l2.v1.VniDelta.$Shape} VniDelta
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                VniDelta.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.trellis.l2.v1.VniDelta();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.vni = value;
                                else
                                    delete message.vni;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.full = value;
                                else
                                    delete message.full;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.leave = value;
                                else
                                    delete message.leave;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.floodAdd && message.floodAdd.length))
                                    message.floodAdd = [];
                                message.floodAdd.push(reader.bytes());
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.floodRemove && message.floodRemove.length))
                                    message.floodRemove = [];
                                message.floodRemove.push(reader.bytes());
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.fdbUpsert && message.fdbUpsert.length))
                                    message.fdbUpsert = [];
                                message.fdbUpsert.push(reader.bytes());
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.fdbWithdraw && message.fdbWithdraw.length))
                                    message.fdbWithdraw = [];
                                message.fdbWithdraw.push(reader.bytes());
                                continue;
                            }
                        case 8: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.neighAdd && message.neighAdd.length))
                                    message.neighAdd = [];
                                message.neighAdd.push(reader.bytes());
                                continue;
                            }
                        case 9: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.neighRemove && message.neighRemove.length))
                                    message.neighRemove = [];
                                message.neighRemove.push(reader.bytes());
                                continue;
                            }
                        case 10: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.localAdd && message.localAdd.length))
                                    message.localAdd = [];
                                message.localAdd.push($root.trellis.l2.v1.LocalPort.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 11: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.localRemove && message.localRemove.length))
                                    message.localRemove = [];
                                message.localRemove.push(reader.stringVerify());
                                continue;
                            }
                        case 12: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.mtu = value;
                                else
                                    delete message.mtu;
                                continue;
                            }
                        case 13: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.subnets && message.subnets.length))
                                    message.subnets = [];
                                message.subnets.push($root.trellis.l2.v1.Subnet.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 14: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.subnetRemove && message.subnetRemove.length))
                                    message.subnetRemove = [];
                                message.subnetRemove.push(reader.stringVerify());
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for VniDelta
                 * @function getTypeUrl
                 * @memberof trellis.l2.v1.VniDelta
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                VniDelta.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/trellis.l2.v1.VniDelta";
                };

                return VniDelta;
            })();

            v1.RouterInterface = (function() {

                /**
                 * Properties of a RouterInterface.
                 * @typedef {Object} trellis.l2.v1.RouterInterface.$Properties
                 * @property {string|null} [networkId] RouterInterface networkId
                 * @property {number|null} [vni] RouterInterface vni
                 * @property {string|null} [subnetId] RouterInterface subnetId
                 * @property {string|null} [portId] RouterInterface portId
                 * @property {string|null} [cidr] RouterInterface cidr
                 * @property {Uint8Array|null} [ip] RouterInterface ip
                 * @property {Uint8Array|null} [routerMac] RouterInterface routerMac
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a RouterInterface.
                 * @memberof trellis.l2.v1
                 * @interface IRouterInterface
                 * @augments trellis.l2.v1.RouterInterface.$Properties
                 * @deprecated Use trellis.l2.v1.RouterInterface.$Properties instead.
                 */

                /**
                 * Shape of a RouterInterface.
                 * @typedef {trellis.l2.v1.RouterInterface.$Properties} trellis.l2.v1.RouterInterface.$Shape
                 */

                /**
                 * Constructs a new RouterInterface.
                 * @memberof trellis.l2.v1
                 * @classdesc Represents a RouterInterface.
                 * @constructor
                 * @param {trellis.l2.v1.RouterInterface.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const RouterInterface = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * RouterInterface networkId.
                 * @member {string} networkId
                 * @memberof trellis.l2.v1.RouterInterface
                 * @instance
                 */
                RouterInterface.prototype.networkId = "";

                /**
                 * RouterInterface vni.
                 * @member {number} vni
                 * @memberof trellis.l2.v1.RouterInterface
                 * @instance
                 */
                RouterInterface.prototype.vni = 0;

                /**
                 * RouterInterface subnetId.
                 * @member {string} subnetId
                 * @memberof trellis.l2.v1.RouterInterface
                 * @instance
                 */
                RouterInterface.prototype.subnetId = "";

                /**
                 * RouterInterface portId.
                 * @member {string} portId
                 * @memberof trellis.l2.v1.RouterInterface
                 * @instance
                 */
                RouterInterface.prototype.portId = "";

                /**
                 * RouterInterface cidr.
                 * @member {string} cidr
                 * @memberof trellis.l2.v1.RouterInterface
                 * @instance
                 */
                RouterInterface.prototype.cidr = "";

                /**
                 * RouterInterface ip.
                 * @member {Uint8Array} ip
                 * @memberof trellis.l2.v1.RouterInterface
                 * @instance
                 */
                RouterInterface.prototype.ip = $util.newBuffer([]);

                /**
                 * RouterInterface routerMac.
                 * @member {Uint8Array} routerMac
                 * @memberof trellis.l2.v1.RouterInterface
                 * @instance
                 */
                RouterInterface.prototype.routerMac = $util.newBuffer([]);

                /**
                 * Creates a new RouterInterface instance using the specified properties.
                 * @function create
                 * @memberof trellis.l2.v1.RouterInterface
                 * @static
                 * @param {trellis.l2.v1.RouterInterface.$Properties=} [properties] Properties to set
                 * @returns {trellis.l2.v1.RouterInterface} RouterInterface instance
                 * @type {{
                 *   (properties: trellis.l2.v1.RouterInterface.$Shape): trellis.l2.v1.RouterInterface & trellis.l2.v1.RouterInterface.$Shape;
                 *   (properties?: trellis.l2.v1.RouterInterface.$Properties): trellis.l2.v1.RouterInterface;
                 * }}
                 */
                RouterInterface.create = function(properties) {
                    return new RouterInterface(properties);
                };

                /**
                 * Encodes the specified RouterInterface message. Does not implicitly {@link trellis.l2.v1.RouterInterface.verify|verify} messages.
                 * @function encode
                 * @memberof trellis.l2.v1.RouterInterface
                 * @static
                 * @param {trellis.l2.v1.RouterInterface.$Properties} message RouterInterface message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                RouterInterface.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.networkId != null && $Object.hasOwnProperty.call(message, "networkId") && message.networkId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.networkId);
                    if (message.vni != null && $Object.hasOwnProperty.call(message, "vni") && message.vni !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.vni);
                    if (message.subnetId != null && $Object.hasOwnProperty.call(message, "subnetId") && message.subnetId !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.subnetId);
                    if (message.portId != null && $Object.hasOwnProperty.call(message, "portId") && message.portId !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.portId);
                    if (message.cidr != null && $Object.hasOwnProperty.call(message, "cidr") && message.cidr !== "")
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.cidr);
                    if (message.ip != null && $Object.hasOwnProperty.call(message, "ip") && message.ip.length)
                        writer.uint32(/* id 6, wireType 2 =*/50).bytes(message.ip);
                    if (message.routerMac != null && $Object.hasOwnProperty.call(message, "routerMac") && message.routerMac.length)
                        writer.uint32(/* id 7, wireType 2 =*/58).bytes(message.routerMac);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a RouterInterface message from the specified reader or buffer.
                 * @function decode
                 * @memberof trellis.l2.v1.RouterInterface
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {trellis.l2.v1.RouterInterface & trellis.l2.v1.RouterInterface.$Shape} RouterInterface
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                RouterInterface.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.trellis.l2.v1.RouterInterface();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.networkId = value;
                                else
                                    delete message.networkId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.vni = value;
                                else
                                    delete message.vni;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.subnetId = value;
                                else
                                    delete message.subnetId;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.portId = value;
                                else
                                    delete message.portId;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.cidr = value;
                                else
                                    delete message.cidr;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.ip = value;
                                else
                                    delete message.ip;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.routerMac = value;
                                else
                                    delete message.routerMac;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for RouterInterface
                 * @function getTypeUrl
                 * @memberof trellis.l2.v1.RouterInterface
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                RouterInterface.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/trellis.l2.v1.RouterInterface";
                };

                return RouterInterface;
            })();

            v1.RouterRoute = (function() {

                /**
                 * Properties of a RouterRoute.
                 * @typedef {Object} trellis.l2.v1.RouterRoute.$Properties
                 * @property {string|null} [destination] RouterRoute destination
                 * @property {Uint8Array|null} [nexthop] RouterRoute nexthop
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a RouterRoute.
                 * @memberof trellis.l2.v1
                 * @interface IRouterRoute
                 * @augments trellis.l2.v1.RouterRoute.$Properties
                 * @deprecated Use trellis.l2.v1.RouterRoute.$Properties instead.
                 */

                /**
                 * Shape of a RouterRoute.
                 * @typedef {trellis.l2.v1.RouterRoute.$Properties} trellis.l2.v1.RouterRoute.$Shape
                 */

                /**
                 * Constructs a new RouterRoute.
                 * @memberof trellis.l2.v1
                 * @classdesc Represents a RouterRoute.
                 * @constructor
                 * @param {trellis.l2.v1.RouterRoute.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const RouterRoute = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * RouterRoute destination.
                 * @member {string} destination
                 * @memberof trellis.l2.v1.RouterRoute
                 * @instance
                 */
                RouterRoute.prototype.destination = "";

                /**
                 * RouterRoute nexthop.
                 * @member {Uint8Array} nexthop
                 * @memberof trellis.l2.v1.RouterRoute
                 * @instance
                 */
                RouterRoute.prototype.nexthop = $util.newBuffer([]);

                /**
                 * Creates a new RouterRoute instance using the specified properties.
                 * @function create
                 * @memberof trellis.l2.v1.RouterRoute
                 * @static
                 * @param {trellis.l2.v1.RouterRoute.$Properties=} [properties] Properties to set
                 * @returns {trellis.l2.v1.RouterRoute} RouterRoute instance
                 * @type {{
                 *   (properties: trellis.l2.v1.RouterRoute.$Shape): trellis.l2.v1.RouterRoute & trellis.l2.v1.RouterRoute.$Shape;
                 *   (properties?: trellis.l2.v1.RouterRoute.$Properties): trellis.l2.v1.RouterRoute;
                 * }}
                 */
                RouterRoute.create = function(properties) {
                    return new RouterRoute(properties);
                };

                /**
                 * Encodes the specified RouterRoute message. Does not implicitly {@link trellis.l2.v1.RouterRoute.verify|verify} messages.
                 * @function encode
                 * @memberof trellis.l2.v1.RouterRoute
                 * @static
                 * @param {trellis.l2.v1.RouterRoute.$Properties} message RouterRoute message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                RouterRoute.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.destination != null && $Object.hasOwnProperty.call(message, "destination") && message.destination !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.destination);
                    if (message.nexthop != null && $Object.hasOwnProperty.call(message, "nexthop") && message.nexthop.length)
                        writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.nexthop);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a RouterRoute message from the specified reader or buffer.
                 * @function decode
                 * @memberof trellis.l2.v1.RouterRoute
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {trellis.l2.v1.RouterRoute & trellis.l2.v1.RouterRoute.$Shape} RouterRoute
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                RouterRoute.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.trellis.l2.v1.RouterRoute();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.destination = value;
                                else
                                    delete message.destination;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.nexthop = value;
                                else
                                    delete message.nexthop;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for RouterRoute
                 * @function getTypeUrl
                 * @memberof trellis.l2.v1.RouterRoute
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                RouterRoute.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/trellis.l2.v1.RouterRoute";
                };

                return RouterRoute;
            })();

            v1.RouterDelta = (function() {

                /**
                 * Properties of a RouterDelta.
                 * @typedef {Object} trellis.l2.v1.RouterDelta.$Properties
                 * @property {string|null} [routerId] RouterDelta routerId
                 * @property {boolean|null} [full] RouterDelta full
                 * @property {boolean|null} [leave] RouterDelta leave
                 * @property {Array.<trellis.l2.v1.RouterInterface.$Properties>|null} [interfaces] RouterDelta interfaces
                 * @property {Array.<trellis.l2.v1.RouterRoute.$Properties>|null} [routes] RouterDelta routes
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a RouterDelta.
                 * @memberof trellis.l2.v1
                 * @interface IRouterDelta
                 * @augments trellis.l2.v1.RouterDelta.$Properties
                 * @deprecated Use trellis.l2.v1.RouterDelta.$Properties instead.
                 */

                /**
                 * Shape of a RouterDelta.
                 * @typedef {trellis.l2.v1.RouterDelta.$Properties} trellis.l2.v1.RouterDelta.$Shape
                 */

                /**
                 * Constructs a new RouterDelta.
                 * @memberof trellis.l2.v1
                 * @classdesc Represents a RouterDelta.
                 * @constructor
                 * @param {trellis.l2.v1.RouterDelta.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const RouterDelta = function (properties) {
                    this.interfaces = [];
                    this.routes = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * RouterDelta routerId.
                 * @member {string} routerId
                 * @memberof trellis.l2.v1.RouterDelta
                 * @instance
                 */
                RouterDelta.prototype.routerId = "";

                /**
                 * RouterDelta full.
                 * @member {boolean} full
                 * @memberof trellis.l2.v1.RouterDelta
                 * @instance
                 */
                RouterDelta.prototype.full = false;

                /**
                 * RouterDelta leave.
                 * @member {boolean} leave
                 * @memberof trellis.l2.v1.RouterDelta
                 * @instance
                 */
                RouterDelta.prototype.leave = false;

                /**
                 * RouterDelta interfaces.
                 * @member {Array.<trellis.l2.v1.RouterInterface.$Properties>} interfaces
                 * @memberof trellis.l2.v1.RouterDelta
                 * @instance
                 */
                RouterDelta.prototype.interfaces = $util.emptyArray;

                /**
                 * RouterDelta routes.
                 * @member {Array.<trellis.l2.v1.RouterRoute.$Properties>} routes
                 * @memberof trellis.l2.v1.RouterDelta
                 * @instance
                 */
                RouterDelta.prototype.routes = $util.emptyArray;

                /**
                 * Creates a new RouterDelta instance using the specified properties.
                 * @function create
                 * @memberof trellis.l2.v1.RouterDelta
                 * @static
                 * @param {trellis.l2.v1.RouterDelta.$Properties=} [properties] Properties to set
                 * @returns {trellis.l2.v1.RouterDelta} RouterDelta instance
                 * @type {{
                 *   (properties: trellis.l2.v1.RouterDelta.$Shape): trellis.l2.v1.RouterDelta & trellis.l2.v1.RouterDelta.$Shape;
                 *   (properties?: trellis.l2.v1.RouterDelta.$Properties): trellis.l2.v1.RouterDelta;
                 * }}
                 */
                RouterDelta.create = function(properties) {
                    return new RouterDelta(properties);
                };

                /**
                 * Encodes the specified RouterDelta message. Does not implicitly {@link trellis.l2.v1.RouterDelta.verify|verify} messages.
                 * @function encode
                 * @memberof trellis.l2.v1.RouterDelta
                 * @static
                 * @param {trellis.l2.v1.RouterDelta.$Properties} message RouterDelta message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                RouterDelta.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.routerId != null && $Object.hasOwnProperty.call(message, "routerId") && message.routerId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.routerId);
                    if (message.full != null && $Object.hasOwnProperty.call(message, "full") && message.full !== false)
                        writer.uint32(/* id 2, wireType 0 =*/16).bool(message.full);
                    if (message.leave != null && $Object.hasOwnProperty.call(message, "leave") && message.leave !== false)
                        writer.uint32(/* id 3, wireType 0 =*/24).bool(message.leave);
                    if (message.interfaces != null && message.interfaces.length)
                        for (let i = 0; i < message.interfaces.length; ++i)
                            $root.trellis.l2.v1.RouterInterface.encode(message.interfaces[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                    if (message.routes != null && message.routes.length)
                        for (let i = 0; i < message.routes.length; ++i)
                            $root.trellis.l2.v1.RouterRoute.encode(message.routes[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a RouterDelta message from the specified reader or buffer.
                 * @function decode
                 * @memberof trellis.l2.v1.RouterDelta
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {trellis.l2.v1.RouterDelta & trellis.l2.v1.RouterDelta.$Shape} RouterDelta
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                RouterDelta.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.trellis.l2.v1.RouterDelta();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.routerId = value;
                                else
                                    delete message.routerId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.full = value;
                                else
                                    delete message.full;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.leave = value;
                                else
                                    delete message.leave;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.interfaces && message.interfaces.length))
                                    message.interfaces = [];
                                message.interfaces.push($root.trellis.l2.v1.RouterInterface.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.routes && message.routes.length))
                                    message.routes = [];
                                message.routes.push($root.trellis.l2.v1.RouterRoute.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for RouterDelta
                 * @function getTypeUrl
                 * @memberof trellis.l2.v1.RouterDelta
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                RouterDelta.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/trellis.l2.v1.RouterDelta";
                };

                return RouterDelta;
            })();

            v1.SnapshotChunk = (function() {

                /**
                 * Properties of a SnapshotChunk.
                 * @typedef {Object} trellis.l2.v1.SnapshotChunk.$Properties
                 * @property {number|null} [revision] SnapshotChunk revision
                 * @property {Array.<trellis.l2.v1.VniDelta.$Properties>|null} [vnis] SnapshotChunk vnis
                 * @property {Array.<trellis.l2.v1.RouterDelta.$Properties>|null} [routers] SnapshotChunk routers
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a SnapshotChunk.
                 * @memberof trellis.l2.v1
                 * @interface ISnapshotChunk
                 * @augments trellis.l2.v1.SnapshotChunk.$Properties
                 * @deprecated Use trellis.l2.v1.SnapshotChunk.$Properties instead.
                 */

                /**
                 * Shape of a SnapshotChunk.
                 * @typedef {trellis.l2.v1.SnapshotChunk.$Properties} trellis.l2.v1.SnapshotChunk.$Shape
                 */

                /**
                 * Constructs a new SnapshotChunk.
                 * @memberof trellis.l2.v1
                 * @classdesc Represents a SnapshotChunk.
                 * @constructor
                 * @param {trellis.l2.v1.SnapshotChunk.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const SnapshotChunk = function (properties) {
                    this.vnis = [];
                    this.routers = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * SnapshotChunk revision.
                 * @member {number} revision
                 * @memberof trellis.l2.v1.SnapshotChunk
                 * @instance
                 */
                SnapshotChunk.prototype.revision = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * SnapshotChunk vnis.
                 * @member {Array.<trellis.l2.v1.VniDelta.$Properties>} vnis
                 * @memberof trellis.l2.v1.SnapshotChunk
                 * @instance
                 */
                SnapshotChunk.prototype.vnis = $util.emptyArray;

                /**
                 * SnapshotChunk routers.
                 * @member {Array.<trellis.l2.v1.RouterDelta.$Properties>} routers
                 * @memberof trellis.l2.v1.SnapshotChunk
                 * @instance
                 */
                SnapshotChunk.prototype.routers = $util.emptyArray;

                /**
                 * Creates a new SnapshotChunk instance using the specified properties.
                 * @function create
                 * @memberof trellis.l2.v1.SnapshotChunk
                 * @static
                 * @param {trellis.l2.v1.SnapshotChunk.$Properties=} [properties] Properties to set
                 * @returns {trellis.l2.v1.SnapshotChunk} SnapshotChunk instance
                 * @type {{
                 *   (properties: trellis.l2.v1.SnapshotChunk.$Shape): trellis.l2.v1.SnapshotChunk & trellis.l2.v1.SnapshotChunk.$Shape;
                 *   (properties?: trellis.l2.v1.SnapshotChunk.$Properties): trellis.l2.v1.SnapshotChunk;
                 * }}
                 */
                SnapshotChunk.create = function(properties) {
                    return new SnapshotChunk(properties);
                };

                /**
                 * Encodes the specified SnapshotChunk message. Does not implicitly {@link trellis.l2.v1.SnapshotChunk.verify|verify} messages.
                 * @function encode
                 * @memberof trellis.l2.v1.SnapshotChunk
                 * @static
                 * @param {trellis.l2.v1.SnapshotChunk.$Properties} message SnapshotChunk message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SnapshotChunk.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.revision != null && $Object.hasOwnProperty.call(message, "revision") && (typeof message.revision === "object" ? message.revision.low || message.revision.high : message.revision !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.revision);
                    if (message.vnis != null && message.vnis.length)
                        for (let i = 0; i < message.vnis.length; ++i)
                            $root.trellis.l2.v1.VniDelta.encode(message.vnis[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.routers != null && message.routers.length)
                        for (let i = 0; i < message.routers.length; ++i)
                            $root.trellis.l2.v1.RouterDelta.encode(message.routers[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a SnapshotChunk message from the specified reader or buffer.
                 * @function decode
                 * @memberof trellis.l2.v1.SnapshotChunk
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {trellis.l2.v1.SnapshotChunk & trellis.l2.v1.SnapshotChunk.$Shape} SnapshotChunk
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SnapshotChunk.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.trellis.l2.v1.SnapshotChunk();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.revision = value;
                                else
                                    delete message.revision;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.vnis && message.vnis.length))
                                    message.vnis = [];
                                message.vnis.push($root.trellis.l2.v1.VniDelta.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.routers && message.routers.length))
                                    message.routers = [];
                                message.routers.push($root.trellis.l2.v1.RouterDelta.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for SnapshotChunk
                 * @function getTypeUrl
                 * @memberof trellis.l2.v1.SnapshotChunk
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                SnapshotChunk.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/trellis.l2.v1.SnapshotChunk";
                };

                return SnapshotChunk;
            })();

            v1.SnapshotEnd = (function() {

                /**
                 * Properties of a SnapshotEnd.
                 * @typedef {Object} trellis.l2.v1.SnapshotEnd.$Properties
                 * @property {number|null} [revision] SnapshotEnd revision
                 * @property {string|null} [nonce] SnapshotEnd nonce
                 * @property {trellis.l2.v1.ResumeToken.$Properties|null} [token] SnapshotEnd token
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a SnapshotEnd.
                 * @memberof trellis.l2.v1
                 * @interface ISnapshotEnd
                 * @augments trellis.l2.v1.SnapshotEnd.$Properties
                 * @deprecated Use trellis.l2.v1.SnapshotEnd.$Properties instead.
                 */

                /**
                 * Shape of a SnapshotEnd.
                 * @typedef {trellis.l2.v1.SnapshotEnd.$Properties} trellis.l2.v1.SnapshotEnd.$Shape
                 */

                /**
                 * Constructs a new SnapshotEnd.
                 * @memberof trellis.l2.v1
                 * @classdesc Represents a SnapshotEnd.
                 * @constructor
                 * @param {trellis.l2.v1.SnapshotEnd.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const SnapshotEnd = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * SnapshotEnd revision.
                 * @member {number} revision
                 * @memberof trellis.l2.v1.SnapshotEnd
                 * @instance
                 */
                SnapshotEnd.prototype.revision = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * SnapshotEnd nonce.
                 * @member {string} nonce
                 * @memberof trellis.l2.v1.SnapshotEnd
                 * @instance
                 */
                SnapshotEnd.prototype.nonce = "";

                /**
                 * SnapshotEnd token.
                 * @member {trellis.l2.v1.ResumeToken.$Properties|null|undefined} token
                 * @memberof trellis.l2.v1.SnapshotEnd
                 * @instance
                 */
                SnapshotEnd.prototype.token = null;

                /**
                 * Creates a new SnapshotEnd instance using the specified properties.
                 * @function create
                 * @memberof trellis.l2.v1.SnapshotEnd
                 * @static
                 * @param {trellis.l2.v1.SnapshotEnd.$Properties=} [properties] Properties to set
                 * @returns {trellis.l2.v1.SnapshotEnd} SnapshotEnd instance
                 * @type {{
                 *   (properties: trellis.l2.v1.SnapshotEnd.$Shape): trellis.l2.v1.SnapshotEnd & trellis.l2.v1.SnapshotEnd.$Shape;
                 *   (properties?: trellis.l2.v1.SnapshotEnd.$Properties): trellis.l2.v1.SnapshotEnd;
                 * }}
                 */
                SnapshotEnd.create = function(properties) {
                    return new SnapshotEnd(properties);
                };

                /**
                 * Encodes the specified SnapshotEnd message. Does not implicitly {@link trellis.l2.v1.SnapshotEnd.verify|verify} messages.
                 * @function encode
                 * @memberof trellis.l2.v1.SnapshotEnd
                 * @static
                 * @param {trellis.l2.v1.SnapshotEnd.$Properties} message SnapshotEnd message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SnapshotEnd.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.revision != null && $Object.hasOwnProperty.call(message, "revision") && (typeof message.revision === "object" ? message.revision.low || message.revision.high : message.revision !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.revision);
                    if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce") && message.nonce !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.nonce);
                    if (message.token != null && $Object.hasOwnProperty.call(message, "token"))
                        $root.trellis.l2.v1.ResumeToken.encode(message.token, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a SnapshotEnd message from the specified reader or buffer.
                 * @function decode
                 * @memberof trellis.l2.v1.SnapshotEnd
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {trellis.l2.v1.SnapshotEnd & trellis.l2.v1.SnapshotEnd.$Shape} SnapshotEnd
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SnapshotEnd.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.trellis.l2.v1.SnapshotEnd();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.revision = value;
                                else
                                    delete message.revision;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.nonce = value;
                                else
                                    delete message.nonce;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.token = $root.trellis.l2.v1.ResumeToken.decode(reader, reader.size(), $undefined, _depth + 1, message.token);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for SnapshotEnd
                 * @function getTypeUrl
                 * @memberof trellis.l2.v1.SnapshotEnd
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                SnapshotEnd.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/trellis.l2.v1.SnapshotEnd";
                };

                return SnapshotEnd;
            })();

            v1.Delta = (function() {

                /**
                 * Properties of a Delta.
                 * @typedef {Object} trellis.l2.v1.Delta.$Properties
                 * @property {number|null} [revision] Delta revision
                 * @property {string|null} [nonce] Delta nonce
                 * @property {Array.<trellis.l2.v1.VniDelta.$Properties>|null} [vnis] Delta vnis
                 * @property {trellis.l2.v1.ResumeToken.$Properties|null} [token] Delta token
                 * @property {Array.<trellis.l2.v1.RouterDelta.$Properties>|null} [routers] Delta routers
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Delta.
                 * @memberof trellis.l2.v1
                 * @interface IDelta
                 * @augments trellis.l2.v1.Delta.$Properties
                 * @deprecated Use trellis.l2.v1.Delta.$Properties instead.
                 */

                /**
                 * Shape of a Delta.
                 * @typedef {trellis.l2.v1.Delta.$Properties} trellis.l2.v1.Delta.$Shape
                 */

                /**
                 * Constructs a new Delta.
                 * @memberof trellis.l2.v1
                 * @classdesc Represents a Delta.
                 * @constructor
                 * @param {trellis.l2.v1.Delta.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Delta = function (properties) {
                    this.vnis = [];
                    this.routers = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Delta revision.
                 * @member {number} revision
                 * @memberof trellis.l2.v1.Delta
                 * @instance
                 */
                Delta.prototype.revision = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Delta nonce.
                 * @member {string} nonce
                 * @memberof trellis.l2.v1.Delta
                 * @instance
                 */
                Delta.prototype.nonce = "";

                /**
                 * Delta vnis.
                 * @member {Array.<trellis.l2.v1.VniDelta.$Properties>} vnis
                 * @memberof trellis.l2.v1.Delta
                 * @instance
                 */
                Delta.prototype.vnis = $util.emptyArray;

                /**
                 * Delta token.
                 * @member {trellis.l2.v1.ResumeToken.$Properties|null|undefined} token
                 * @memberof trellis.l2.v1.Delta
                 * @instance
                 */
                Delta.prototype.token = null;

                /**
                 * Delta routers.
                 * @member {Array.<trellis.l2.v1.RouterDelta.$Properties>} routers
                 * @memberof trellis.l2.v1.Delta
                 * @instance
                 */
                Delta.prototype.routers = $util.emptyArray;

                /**
                 * Creates a new Delta instance using the specified properties.
                 * @function create
                 * @memberof trellis.l2.v1.Delta
                 * @static
                 * @param {trellis.l2.v1.Delta.$Properties=} [properties] Properties to set
                 * @returns {trellis.l2.v1.Delta} Delta instance
                 * @type {{
                 *   (properties: trellis.l2.v1.Delta.$Shape): trellis.l2.v1.Delta & trellis.l2.v1.Delta.$Shape;
                 *   (properties?: trellis.l2.v1.Delta.$Properties): trellis.l2.v1.Delta;
                 * }}
                 */
                Delta.create = function(properties) {
                    return new Delta(properties);
                };

                /**
                 * Encodes the specified Delta message. Does not implicitly {@link trellis.l2.v1.Delta.verify|verify} messages.
                 * @function encode
                 * @memberof trellis.l2.v1.Delta
                 * @static
                 * @param {trellis.l2.v1.Delta.$Properties} message Delta message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Delta.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.revision != null && $Object.hasOwnProperty.call(message, "revision") && (typeof message.revision === "object" ? message.revision.low || message.revision.high : message.revision !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.revision);
                    if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce") && message.nonce !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.nonce);
                    if (message.vnis != null && message.vnis.length)
                        for (let i = 0; i < message.vnis.length; ++i)
                            $root.trellis.l2.v1.VniDelta.encode(message.vnis[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.token != null && $Object.hasOwnProperty.call(message, "token"))
                        $root.trellis.l2.v1.ResumeToken.encode(message.token, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                    if (message.routers != null && message.routers.length)
                        for (let i = 0; i < message.routers.length; ++i)
                            $root.trellis.l2.v1.RouterDelta.encode(message.routers[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Delta message from the specified reader or buffer.
                 * @function decode
                 * @memberof trellis.l2.v1.Delta
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {trellis.l2.v1.Delta & trellis.l2.v1.Delta.$Shape} Delta
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Delta.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.trellis.l2.v1.Delta();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.revision = value;
                                else
                                    delete message.revision;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.nonce = value;
                                else
                                    delete message.nonce;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.vnis && message.vnis.length))
                                    message.vnis = [];
                                message.vnis.push($root.trellis.l2.v1.VniDelta.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                message.token = $root.trellis.l2.v1.ResumeToken.decode(reader, reader.size(), $undefined, _depth + 1, message.token);
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.routers && message.routers.length))
                                    message.routers = [];
                                message.routers.push($root.trellis.l2.v1.RouterDelta.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for Delta
                 * @function getTypeUrl
                 * @memberof trellis.l2.v1.Delta
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Delta.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/trellis.l2.v1.Delta";
                };

                return Delta;
            })();

            v1.Heartbeat = (function() {

                /**
                 * Properties of a Heartbeat.
                 * @typedef {Object} trellis.l2.v1.Heartbeat.$Properties
                 * @property {number|null} [revision] Heartbeat revision
                 * @property {number|null} [timeMs] Heartbeat timeMs
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Heartbeat.
                 * @memberof trellis.l2.v1
                 * @interface IHeartbeat
                 * @augments trellis.l2.v1.Heartbeat.$Properties
                 * @deprecated Use trellis.l2.v1.Heartbeat.$Properties instead.
                 */

                /**
                 * Shape of a Heartbeat.
                 * @typedef {trellis.l2.v1.Heartbeat.$Properties} trellis.l2.v1.Heartbeat.$Shape
                 */

                /**
                 * Constructs a new Heartbeat.
                 * @memberof trellis.l2.v1
                 * @classdesc Represents a Heartbeat.
                 * @constructor
                 * @param {trellis.l2.v1.Heartbeat.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Heartbeat = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Heartbeat revision.
                 * @member {number} revision
                 * @memberof trellis.l2.v1.Heartbeat
                 * @instance
                 */
                Heartbeat.prototype.revision = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Heartbeat timeMs.
                 * @member {number} timeMs
                 * @memberof trellis.l2.v1.Heartbeat
                 * @instance
                 */
                Heartbeat.prototype.timeMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new Heartbeat instance using the specified properties.
                 * @function create
                 * @memberof trellis.l2.v1.Heartbeat
                 * @static
                 * @param {trellis.l2.v1.Heartbeat.$Properties=} [properties] Properties to set
                 * @returns {trellis.l2.v1.Heartbeat} Heartbeat instance
                 * @type {{
                 *   (properties: trellis.l2.v1.Heartbeat.$Shape): trellis.l2.v1.Heartbeat & trellis.l2.v1.Heartbeat.$Shape;
                 *   (properties?: trellis.l2.v1.Heartbeat.$Properties): trellis.l2.v1.Heartbeat;
                 * }}
                 */
                Heartbeat.create = function(properties) {
                    return new Heartbeat(properties);
                };

                /**
                 * Encodes the specified Heartbeat message. Does not implicitly {@link trellis.l2.v1.Heartbeat.verify|verify} messages.
                 * @function encode
                 * @memberof trellis.l2.v1.Heartbeat
                 * @static
                 * @param {trellis.l2.v1.Heartbeat.$Properties} message Heartbeat message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Heartbeat.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.revision != null && $Object.hasOwnProperty.call(message, "revision") && (typeof message.revision === "object" ? message.revision.low || message.revision.high : message.revision !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.revision);
                    if (message.timeMs != null && $Object.hasOwnProperty.call(message, "timeMs") && (typeof message.timeMs === "object" ? message.timeMs.low || message.timeMs.high : message.timeMs !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.timeMs);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Heartbeat message from the specified reader or buffer.
                 * @function decode
                 * @memberof trellis.l2.v1.Heartbeat
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {trellis.l2.v1.Heartbeat & trellis.l2.v1.Heartbeat.$Shape} Heartbeat
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Heartbeat.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.trellis.l2.v1.Heartbeat();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.revision = value;
                                else
                                    delete message.revision;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.timeMs = value;
                                else
                                    delete message.timeMs;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for Heartbeat
                 * @function getTypeUrl
                 * @memberof trellis.l2.v1.Heartbeat
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Heartbeat.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/trellis.l2.v1.Heartbeat";
                };

                return Heartbeat;
            })();

            v1.Welcome = (function() {

                /**
                 * Properties of a Welcome.
                 * @typedef {Object} trellis.l2.v1.Welcome.$Properties
                 * @property {string|null} [controllerId] Welcome controllerId
                 * @property {string|null} [epoch] Welcome epoch
                 * @property {boolean|null} [snapshot] Welcome snapshot
                 * @property {number|null} [revision] Welcome revision
                 * @property {number|null} [headRevision] Welcome headRevision
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Welcome.
                 * @memberof trellis.l2.v1
                 * @interface IWelcome
                 * @augments trellis.l2.v1.Welcome.$Properties
                 * @deprecated Use trellis.l2.v1.Welcome.$Properties instead.
                 */

                /**
                 * Shape of a Welcome.
                 * @typedef {trellis.l2.v1.Welcome.$Properties} trellis.l2.v1.Welcome.$Shape
                 */

                /**
                 * Constructs a new Welcome.
                 * @memberof trellis.l2.v1
                 * @classdesc Represents a Welcome.
                 * @constructor
                 * @param {trellis.l2.v1.Welcome.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Welcome = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Welcome controllerId.
                 * @member {string} controllerId
                 * @memberof trellis.l2.v1.Welcome
                 * @instance
                 */
                Welcome.prototype.controllerId = "";

                /**
                 * Welcome epoch.
                 * @member {string} epoch
                 * @memberof trellis.l2.v1.Welcome
                 * @instance
                 */
                Welcome.prototype.epoch = "";

                /**
                 * Welcome snapshot.
                 * @member {boolean} snapshot
                 * @memberof trellis.l2.v1.Welcome
                 * @instance
                 */
                Welcome.prototype.snapshot = false;

                /**
                 * Welcome revision.
                 * @member {number} revision
                 * @memberof trellis.l2.v1.Welcome
                 * @instance
                 */
                Welcome.prototype.revision = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Welcome headRevision.
                 * @member {number} headRevision
                 * @memberof trellis.l2.v1.Welcome
                 * @instance
                 */
                Welcome.prototype.headRevision = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new Welcome instance using the specified properties.
                 * @function create
                 * @memberof trellis.l2.v1.Welcome
                 * @static
                 * @param {trellis.l2.v1.Welcome.$Properties=} [properties] Properties to set
                 * @returns {trellis.l2.v1.Welcome} Welcome instance
                 * @type {{
                 *   (properties: trellis.l2.v1.Welcome.$Shape): trellis.l2.v1.Welcome & trellis.l2.v1.Welcome.$Shape;
                 *   (properties?: trellis.l2.v1.Welcome.$Properties): trellis.l2.v1.Welcome;
                 * }}
                 */
                Welcome.create = function(properties) {
                    return new Welcome(properties);
                };

                /**
                 * Encodes the specified Welcome message. Does not implicitly {@link trellis.l2.v1.Welcome.verify|verify} messages.
                 * @function encode
                 * @memberof trellis.l2.v1.Welcome
                 * @static
                 * @param {trellis.l2.v1.Welcome.$Properties} message Welcome message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Welcome.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.controllerId != null && $Object.hasOwnProperty.call(message, "controllerId") && message.controllerId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.controllerId);
                    if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch") && message.epoch !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.epoch);
                    if (message.snapshot != null && $Object.hasOwnProperty.call(message, "snapshot") && message.snapshot !== false)
                        writer.uint32(/* id 3, wireType 0 =*/24).bool(message.snapshot);
                    if (message.revision != null && $Object.hasOwnProperty.call(message, "revision") && (typeof message.revision === "object" ? message.revision.low || message.revision.high : message.revision !== 0))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.revision);
                    if (message.headRevision != null && $Object.hasOwnProperty.call(message, "headRevision") && (typeof message.headRevision === "object" ? message.headRevision.low || message.headRevision.high : message.headRevision !== 0))
                        writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.headRevision);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Welcome message from the specified reader or buffer.
                 * @function decode
                 * @memberof trellis.l2.v1.Welcome
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {trellis.l2.v1.Welcome & trellis.l2.v1.Welcome.$Shape} Welcome
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Welcome.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.trellis.l2.v1.Welcome();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.controllerId = value;
                                else
                                    delete message.controllerId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.epoch = value;
                                else
                                    delete message.epoch;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.snapshot = value;
                                else
                                    delete message.snapshot;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.revision = value;
                                else
                                    delete message.revision;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.headRevision = value;
                                else
                                    delete message.headRevision;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for Welcome
                 * @function getTypeUrl
                 * @memberof trellis.l2.v1.Welcome
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Welcome.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/trellis.l2.v1.Welcome";
                };

                return Welcome;
            })();

            v1.ControllerMessage = (function() {

                /**
                 * Properties of a ControllerMessage.
                 * @typedef {Object} trellis.l2.v1.ControllerMessage.$Properties
                 * @property {trellis.l2.v1.Welcome.$Properties|null} [welcome] ControllerMessage welcome
                 * @property {trellis.l2.v1.SnapshotChunk.$Properties|null} [snapshotChunk] ControllerMessage snapshotChunk
                 * @property {trellis.l2.v1.SnapshotEnd.$Properties|null} [snapshotEnd] ControllerMessage snapshotEnd
                 * @property {trellis.l2.v1.Delta.$Properties|null} [delta] ControllerMessage delta
                 * @property {trellis.l2.v1.Heartbeat.$Properties|null} [heartbeat] ControllerMessage heartbeat
                 * @property {"welcome"|"snapshotChunk"|"snapshotEnd"|"delta"|"heartbeat"} [kind] ControllerMessage kind
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ControllerMessage.
                 * @memberof trellis.l2.v1
                 * @interface IControllerMessage
                 * @augments trellis.l2.v1.ControllerMessage.$Properties
                 * @deprecated Use trellis.l2.v1.ControllerMessage.$Properties instead.
                 */

                /**
                 * Narrowed shape of a ControllerMessage.
                 * @typedef {{
                 *   welcome?: trellis.l2.v1.Welcome.$Shape|null;
                 *   snapshotChunk?: trellis.l2.v1.SnapshotChunk.$Shape|null;
                 *   snapshotEnd?: trellis.l2.v1.SnapshotEnd.$Shape|null;
                 *   delta?: trellis.l2.v1.Delta.$Shape|null;
                 *   heartbeat?: trellis.l2.v1.Heartbeat.$Shape|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * } & (
                 *   ({ kind?: undefined; welcome?: null; snapshotChunk?: null; snapshotEnd?: null; delta?: null; heartbeat?: null }|{ kind?: "welcome"; welcome: trellis.l2.v1.Welcome.$Shape; snapshotChunk?: null; snapshotEnd?: null; delta?: null; heartbeat?: null }|{ kind?: "snapshotChunk"; welcome?: null; snapshotChunk: trellis.l2.v1.SnapshotChunk.$Shape; snapshotEnd?: null; delta?: null; heartbeat?: null }|{ kind?: "snapshotEnd"; welcome?: null; snapshotChunk?: null; snapshotEnd: trellis.l2.v1.SnapshotEnd.$Shape; delta?: null; heartbeat?: null }|{ kind?: "delta"; welcome?: null; snapshotChunk?: null; snapshotEnd?: null; delta: trellis.l2.v1.Delta.$Shape; heartbeat?: null }|{ kind?: "heartbeat"; welcome?: null; snapshotChunk?: null; snapshotEnd?: null; delta?: null; heartbeat: trellis.l2.v1.Heartbeat.$Shape })
                 * )} trellis.l2.v1.ControllerMessage.$Shape
                 */

                /**
                 * Constructs a new ControllerMessage.
                 * @memberof trellis.l2.v1
                 * @classdesc Represents a ControllerMessage.
                 * @constructor
                 * @param {trellis.l2.v1.ControllerMessage.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ControllerMessage = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ControllerMessage welcome.
                 * @member {trellis.l2.v1.Welcome.$Properties|null|undefined} welcome
                 * @memberof trellis.l2.v1.ControllerMessage
                 * @instance
                 */
                ControllerMessage.prototype.welcome = null;

                /**
                 * ControllerMessage snapshotChunk.
                 * @member {trellis.l2.v1.SnapshotChunk.$Properties|null|undefined} snapshotChunk
                 * @memberof trellis.l2.v1.ControllerMessage
                 * @instance
                 */
                ControllerMessage.prototype.snapshotChunk = null;

                /**
                 * ControllerMessage snapshotEnd.
                 * @member {trellis.l2.v1.SnapshotEnd.$Properties|null|undefined} snapshotEnd
                 * @memberof trellis.l2.v1.ControllerMessage
                 * @instance
                 */
                ControllerMessage.prototype.snapshotEnd = null;

                /**
                 * ControllerMessage delta.
                 * @member {trellis.l2.v1.Delta.$Properties|null|undefined} delta
                 * @memberof trellis.l2.v1.ControllerMessage
                 * @instance
                 */
                ControllerMessage.prototype.delta = null;

                /**
                 * ControllerMessage heartbeat.
                 * @member {trellis.l2.v1.Heartbeat.$Properties|null|undefined} heartbeat
                 * @memberof trellis.l2.v1.ControllerMessage
                 * @instance
                 */
                ControllerMessage.prototype.heartbeat = null;

                // OneOf field names bound to virtual getters and setters
                let $oneOfFields;

                /**
                 * ControllerMessage kind.
                 * @member {"welcome"|"snapshotChunk"|"snapshotEnd"|"delta"|"heartbeat"|undefined} kind
                 * @memberof trellis.l2.v1.ControllerMessage
                 * @instance
                 */
                $Object.defineProperty(ControllerMessage.prototype, "kind", {
                    get: $util.oneOfGetter($oneOfFields = ["welcome", "snapshotChunk", "snapshotEnd", "delta", "heartbeat"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Creates a new ControllerMessage instance using the specified properties.
                 * @function create
                 * @memberof trellis.l2.v1.ControllerMessage
                 * @static
                 * @param {trellis.l2.v1.ControllerMessage.$Properties=} [properties] Properties to set
                 * @returns {trellis.l2.v1.ControllerMessage} ControllerMessage instance
                 * @type {{
                 *   (properties: trellis.l2.v1.ControllerMessage.$Shape): trellis.l2.v1.ControllerMessage & trellis.l2.v1.ControllerMessage.$Shape;
                 *   (properties?: trellis.l2.v1.ControllerMessage.$Properties): trellis.l2.v1.ControllerMessage;
                 * }}
                 */
                ControllerMessage.create = function(properties) {
                    return new ControllerMessage(properties);
                };

                /**
                 * Encodes the specified ControllerMessage message. Does not implicitly {@link trellis.l2.v1.ControllerMessage.verify|verify} messages.
                 * @function encode
                 * @memberof trellis.l2.v1.ControllerMessage
                 * @static
                 * @param {trellis.l2.v1.ControllerMessage.$Properties} message ControllerMessage message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ControllerMessage.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.welcome != null && $Object.hasOwnProperty.call(message, "welcome"))
                        $root.trellis.l2.v1.Welcome.encode(message.welcome, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.snapshotChunk != null && $Object.hasOwnProperty.call(message, "snapshotChunk"))
                        $root.trellis.l2.v1.SnapshotChunk.encode(message.snapshotChunk, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.snapshotEnd != null && $Object.hasOwnProperty.call(message, "snapshotEnd"))
                        $root.trellis.l2.v1.SnapshotEnd.encode(message.snapshotEnd, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.delta != null && $Object.hasOwnProperty.call(message, "delta"))
                        $root.trellis.l2.v1.Delta.encode(message.delta, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                    if (message.heartbeat != null && $Object.hasOwnProperty.call(message, "heartbeat"))
                        $root.trellis.l2.v1.Heartbeat.encode(message.heartbeat, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a ControllerMessage message from the specified reader or buffer.
                 * @function decode
                 * @memberof trellis.l2.v1.ControllerMessage
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {trellis.l2.v1.ControllerMessage & trellis.l2.v1.ControllerMessage.$Shape} ControllerMessage
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ControllerMessage.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.trellis.l2.v1.ControllerMessage();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.welcome = $root.trellis.l2.v1.Welcome.decode(reader, reader.size(), $undefined, _depth + 1, message.welcome);
                                message.kind = "welcome";
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.snapshotChunk = $root.trellis.l2.v1.SnapshotChunk.decode(reader, reader.size(), $undefined, _depth + 1, message.snapshotChunk);
                                message.kind = "snapshotChunk";
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.snapshotEnd = $root.trellis.l2.v1.SnapshotEnd.decode(reader, reader.size(), $undefined, _depth + 1, message.snapshotEnd);
                                message.kind = "snapshotEnd";
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                message.delta = $root.trellis.l2.v1.Delta.decode(reader, reader.size(), $undefined, _depth + 1, message.delta);
                                message.kind = "delta";
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                message.heartbeat = $root.trellis.l2.v1.Heartbeat.decode(reader, reader.size(), $undefined, _depth + 1, message.heartbeat);
                                message.kind = "heartbeat";
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for ControllerMessage
                 * @function getTypeUrl
                 * @memberof trellis.l2.v1.ControllerMessage
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ControllerMessage.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/trellis.l2.v1.ControllerMessage";
                };

                return ControllerMessage;
            })();

            return v1;
        })();

        return l2;
    })();

    return trellis;
})();

export {
  $root as default
};
