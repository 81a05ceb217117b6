import * as $protobuf from "protobufjs/minimal.js";
import Long = require("long");

/** Namespace trellis. */
export namespace trellis {

    /** Namespace feed. */
    namespace feed {

        /** Namespace v1. */
        namespace v1 {

            /** Represents a Feed */
            class Feed extends $protobuf.rpc.Service {

                /**
                 * Constructs a new Feed service.
                 * @param rpcImpl RPC implementation
                 * @param [requestDelimited=false] Whether requests are length-delimited
                 * @param [responseDelimited=false] Whether responses are length-delimited
                 */
                constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);

                /**
                 * Creates new Feed service using the specified rpc implementation.
                 * @param rpcImpl RPC implementation
                 * @param [requestDelimited=false] Whether requests are length-delimited
                 * @param [responseDelimited=false] Whether responses are length-delimited
                 * @returns RPC service. Useful where requests and/or responses are streamed.
                 */
                static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): Feed;

                /** Calls Watch. */
                watch: trellis.feed.v1.Feed.Watch;

                /** Calls ReportPortStatuses. */
                reportPortStatuses: trellis.feed.v1.Feed.ReportPortStatuses;

                /** Calls ReportHostLiveness. */
                reportHostLiveness: trellis.feed.v1.Feed.ReportHostLiveness;
            }

            namespace Feed {

                /**
                 * Callback as used by {@link trellis.feed.v1.Feed#watch}.
                 * @param error Error, if any
                 * @param [response] WatchResponse
                 */
                type WatchCallback = (error: (Error|null), response?: trellis.feed.v1.WatchResponse) => void;

                /** Calls Watch. */
                type Watch = {
                  (request: trellis.feed.v1.IWatchRequest, callback: trellis.feed.v1.Feed.WatchCallback): void;
                  (request: trellis.feed.v1.IWatchRequest): Promise<trellis.feed.v1.WatchResponse>;
                  readonly name: "Watch";
                  readonly path: "/trellis.feed.v1.Feed/Watch";
                  readonly requestType: "WatchRequest";
                  readonly responseType: "WatchResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: true;
                };

                /**
                 * Callback as used by {@link trellis.feed.v1.Feed#reportPortStatuses}.
                 * @param error Error, if any
                 * @param [response] ReportAcks
                 */
                type ReportPortStatusesCallback = (error: (Error|null), response?: trellis.feed.v1.ReportAcks) => void;

                /** Calls ReportPortStatuses. */
                type ReportPortStatuses = {
                  (request: trellis.feed.v1.IPortStatusReports, callback: trellis.feed.v1.Feed.ReportPortStatusesCallback): void;
                  (request: trellis.feed.v1.IPortStatusReports): Promise<trellis.feed.v1.ReportAcks>;
                  readonly name: "ReportPortStatuses";
                  readonly path: "/trellis.feed.v1.Feed/ReportPortStatuses";
                  readonly requestType: "PortStatusReports";
                  readonly responseType: "ReportAcks";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link trellis.feed.v1.Feed#reportHostLiveness}.
                 * @param error Error, if any
                 * @param [response] ReportAck
                 */
                type ReportHostLivenessCallback = (error: (Error|null), response?: trellis.feed.v1.ReportAck) => void;

                /** Calls ReportHostLiveness. */
                type ReportHostLiveness = {
                  (request: trellis.feed.v1.IHostLivenessReport, callback: trellis.feed.v1.Feed.ReportHostLivenessCallback): void;
                  (request: trellis.feed.v1.IHostLivenessReport): Promise<trellis.feed.v1.ReportAck>;
                  readonly name: "ReportHostLiveness";
                  readonly path: "/trellis.feed.v1.Feed/ReportHostLiveness";
                  readonly requestType: "HostLivenessReport";
                  readonly responseType: "ReportAck";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };
            }

            /**
             * Properties of a WatchRequest.
             * @deprecated Use trellis.feed.v1.WatchRequest.$Properties instead.
             */
            interface IWatchRequest extends trellis.feed.v1.WatchRequest.$Properties {
            }

            /** Represents a WatchRequest. */
            class WatchRequest {

                /**
                 * Constructs a new WatchRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trellis.feed.v1.WatchRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** WatchRequest afterRevision. */
                afterRevision: number;

                /** WatchRequest collections. */
                collections: string[];

                /** WatchRequest consumer. */
                consumer: string;

                /** WatchRequest progressIntervalMs. */
                progressIntervalMs: number;

                /**
                 * Creates a new WatchRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns WatchRequest instance
                 */
                static create(properties: trellis.feed.v1.WatchRequest.$Shape): trellis.feed.v1.WatchRequest & trellis.feed.v1.WatchRequest.$Shape;
                static create(properties?: trellis.feed.v1.WatchRequest.$Properties): trellis.feed.v1.WatchRequest;

                /**
                 * Encodes the specified WatchRequest message. Does not implicitly {@link trellis.feed.v1.WatchRequest.verify|verify} messages.
                 * @param message WatchRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trellis.feed.v1.WatchRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a WatchRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trellis.feed.v1.WatchRequest & trellis.feed.v1.WatchRequest.$Shape} WatchRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trellis.feed.v1.WatchRequest & trellis.feed.v1.WatchRequest.$Shape;

                /**
                 * Gets the type url for WatchRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace WatchRequest {

                /** Properties of a WatchRequest. */
                interface $Properties {

                    /** WatchRequest afterRevision */
                    afterRevision?: (number|null);

                    /** WatchRequest collections */
                    collections?: (string[]|null);

                    /** WatchRequest consumer */
                    consumer?: (string|null);

                    /** WatchRequest progressIntervalMs */
                    progressIntervalMs?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a WatchRequest. */
                type $Shape = trellis.feed.v1.WatchRequest.$Properties;
            }

            /** ChangeType enum. */
            enum ChangeType {

                /** CHANGE_TYPE_UNSPECIFIED value */
                CHANGE_TYPE_UNSPECIFIED = 0,

                /** CHANGE_TYPE_PUT value */
                CHANGE_TYPE_PUT = 1,

                /** CHANGE_TYPE_DELETE value */
                CHANGE_TYPE_DELETE = 2
            }

            /**
             * Properties of a Change.
             * @deprecated Use trellis.feed.v1.Change.$Properties instead.
             */
            interface IChange extends trellis.feed.v1.Change.$Properties {
            }

            /** Represents a Change. */
            class Change {

                /**
                 * Constructs a new Change.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trellis.feed.v1.Change.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Change type. */
                type: trellis.feed.v1.ChangeType;

                /** Change collection. */
                collection: string;

                /** Change keyJson. */
                keyJson: string;

                /** Change valueJson. */
                valueJson: Uint8Array;

                /** Change createRevision. */
                createRevision: number;

                /** Change modRevision. */
                modRevision: number;

                /** Change version. */
                version: number;

                /**
                 * Creates a new Change instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Change instance
                 */
                static create(properties: trellis.feed.v1.Change.$Shape): trellis.feed.v1.Change & trellis.feed.v1.Change.$Shape;
                static create(properties?: trellis.feed.v1.Change.$Properties): trellis.feed.v1.Change;

                /**
                 * Encodes the specified Change message. Does not implicitly {@link trellis.feed.v1.Change.verify|verify} messages.
                 * @param message Change message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trellis.feed.v1.Change.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Change message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trellis.feed.v1.Change & trellis.feed.v1.Change.$Shape} Change
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trellis.feed.v1.Change & trellis.feed.v1.Change.$Shape;

                /**
                 * Gets the type url for Change
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Change {

                /** Properties of a Change. */
                interface $Properties {

                    /** Change type */
                    type?: (trellis.feed.v1.ChangeType|null);

                    /** Change collection */
                    collection?: (string|null);

                    /** Change keyJson */
                    keyJson?: (string|null);

                    /** Change valueJson */
                    valueJson?: (Uint8Array|null);

                    /** Change createRevision */
                    createRevision?: (number|null);

                    /** Change modRevision */
                    modRevision?: (number|null);

                    /** Change version */
                    version?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Change. */
                type $Shape = trellis.feed.v1.Change.$Properties;
            }

            /**
             * Properties of a Revision.
             * @deprecated Use trellis.feed.v1.Revision.$Properties instead.
             */
            interface IRevision extends trellis.feed.v1.Revision.$Properties {
            }

            /** Represents a Revision. */
            class Revision {

                /**
                 * Constructs a new Revision.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trellis.feed.v1.Revision.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Revision revision. */
                revision: number;

                /** Revision timestampMs. */
                timestampMs: number;

                /** Revision changes. */
                changes: trellis.feed.v1.Change.$Properties[];

                /**
                 * Creates a new Revision instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Revision instance
                 */
                static create(properties: trellis.feed.v1.Revision.$Shape): trellis.feed.v1.Revision & trellis.feed.v1.Revision.$Shape;
                static create(properties?: trellis.feed.v1.Revision.$Properties): trellis.feed.v1.Revision;

                /**
                 * Encodes the specified Revision message. Does not implicitly {@link trellis.feed.v1.Revision.verify|verify} messages.
                 * @param message Revision message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trellis.feed.v1.Revision.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Revision message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trellis.feed.v1.Revision & trellis.feed.v1.Revision.$Shape} Revision
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trellis.feed.v1.Revision & trellis.feed.v1.Revision.$Shape;

                /**
                 * Gets the type url for Revision
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Revision {

                /** Properties of a Revision. */
                interface $Properties {

                    /** Revision revision */
                    revision?: (number|null);

                    /** Revision timestampMs */
                    timestampMs?: (number|null);

                    /** Revision changes */
                    changes?: (trellis.feed.v1.Change.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Revision. */
                type $Shape = trellis.feed.v1.Revision.$Properties;
            }

            /**
             * Properties of a SnapshotItem.
             * @deprecated Use trellis.feed.v1.SnapshotItem.$Properties instead.
             */
            interface ISnapshotItem extends trellis.feed.v1.SnapshotItem.$Properties {
            }

            /** Represents a SnapshotItem. */
            class SnapshotItem {

                /**
                 * Constructs a new SnapshotItem.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trellis.feed.v1.SnapshotItem.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SnapshotItem collection. */
                collection: string;

                /** SnapshotItem keyJson. */
                keyJson: string;

                /** SnapshotItem valueJson. */
                valueJson: Uint8Array;

                /** SnapshotItem createRevision. */
                createRevision: number;

                /** SnapshotItem modRevision. */
                modRevision: number;

                /** SnapshotItem version. */
                version: number;

                /**
                 * Creates a new SnapshotItem instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SnapshotItem instance
                 */
                static create(properties: trellis.feed.v1.SnapshotItem.$Shape): trellis.feed.v1.SnapshotItem & trellis.feed.v1.SnapshotItem.$Shape;
                static create(properties?: trellis.feed.v1.SnapshotItem.$Properties): trellis.feed.v1.SnapshotItem;

                /**
                 * Encodes the specified SnapshotItem message. Does not implicitly {@link trellis.feed.v1.SnapshotItem.verify|verify} messages.
                 * @param message SnapshotItem message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trellis.feed.v1.SnapshotItem.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SnapshotItem message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trellis.feed.v1.SnapshotItem & trellis.feed.v1.SnapshotItem.$Shape} SnapshotItem
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trellis.feed.v1.SnapshotItem & trellis.feed.v1.SnapshotItem.$Shape;

                /**
                 * Gets the type url for SnapshotItem
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace SnapshotItem {

                /** Properties of a SnapshotItem. */
                interface $Properties {

                    /** SnapshotItem collection */
                    collection?: (string|null);

                    /** SnapshotItem keyJson */
                    keyJson?: (string|null);

                    /** SnapshotItem valueJson */
                    valueJson?: (Uint8Array|null);

                    /** SnapshotItem createRevision */
                    createRevision?: (number|null);

                    /** SnapshotItem modRevision */
                    modRevision?: (number|null);

                    /** SnapshotItem version */
                    version?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SnapshotItem. */
                type $Shape = trellis.feed.v1.SnapshotItem.$Properties;
            }

            /**
             * Properties of a SnapshotChunk.
             * @deprecated Use trellis.feed.v1.SnapshotChunk.$Properties instead.
             */
            interface ISnapshotChunk extends trellis.feed.v1.SnapshotChunk.$Properties {
            }

            /** Represents a SnapshotChunk. */
            class SnapshotChunk {

                /**
                 * Constructs a new SnapshotChunk.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trellis.feed.v1.SnapshotChunk.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SnapshotChunk revision. */
                revision: number;

                /** SnapshotChunk items. */
                items: trellis.feed.v1.SnapshotItem.$Properties[];

                /**
                 * Creates a new SnapshotChunk instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SnapshotChunk instance
                 */
                static create(properties: trellis.feed.v1.SnapshotChunk.$Shape): trellis.feed.v1.SnapshotChunk & trellis.feed.v1.SnapshotChunk.$Shape;
                static create(properties?: trellis.feed.v1.SnapshotChunk.$Properties): trellis.feed.v1.SnapshotChunk;

                /**
                 * Encodes the specified SnapshotChunk message. Does not implicitly {@link trellis.feed.v1.SnapshotChunk.verify|verify} messages.
                 * @param message SnapshotChunk message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trellis.feed.v1.SnapshotChunk.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SnapshotChunk message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trellis.feed.v1.SnapshotChunk & trellis.feed.v1.SnapshotChunk.$Shape} SnapshotChunk
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trellis.feed.v1.SnapshotChunk & trellis.feed.v1.SnapshotChunk.$Shape;

                /**
                 * Gets the type url for SnapshotChunk
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace SnapshotChunk {

                /** Properties of a SnapshotChunk. */
                interface $Properties {

                    /** SnapshotChunk revision */
                    revision?: (number|null);

                    /** SnapshotChunk items */
                    items?: (trellis.feed.v1.SnapshotItem.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SnapshotChunk. */
                type $Shape = trellis.feed.v1.SnapshotChunk.$Properties;
            }

            /**
             * Properties of a SnapshotEnd.
             * @deprecated Use trellis.feed.v1.SnapshotEnd.$Properties instead.
             */
            interface ISnapshotEnd extends trellis.feed.v1.SnapshotEnd.$Properties {
            }

            /** Represents a SnapshotEnd. */
            class SnapshotEnd {

                /**
                 * Constructs a new SnapshotEnd.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trellis.feed.v1.SnapshotEnd.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SnapshotEnd revision. */
                revision: number;

                /** SnapshotEnd itemCount. */
                itemCount: number;

                /**
                 * Creates a new SnapshotEnd instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SnapshotEnd instance
                 */
                static create(properties: trellis.feed.v1.SnapshotEnd.$Shape): trellis.feed.v1.SnapshotEnd & trellis.feed.v1.SnapshotEnd.$Shape;
                static create(properties?: trellis.feed.v1.SnapshotEnd.$Properties): trellis.feed.v1.SnapshotEnd;

                /**
                 * Encodes the specified SnapshotEnd message. Does not implicitly {@link trellis.feed.v1.SnapshotEnd.verify|verify} messages.
                 * @param message SnapshotEnd message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trellis.feed.v1.SnapshotEnd.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SnapshotEnd message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trellis.feed.v1.SnapshotEnd & trellis.feed.v1.SnapshotEnd.$Shape} SnapshotEnd
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trellis.feed.v1.SnapshotEnd & trellis.feed.v1.SnapshotEnd.$Shape;

                /**
                 * Gets the type url for SnapshotEnd
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace SnapshotEnd {

                /** Properties of a SnapshotEnd. */
                interface $Properties {

                    /** SnapshotEnd revision */
                    revision?: (number|null);

                    /** SnapshotEnd itemCount */
                    itemCount?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SnapshotEnd. */
                type $Shape = trellis.feed.v1.SnapshotEnd.$Properties;
            }

            /**
             * Properties of a Progress.
             * @deprecated Use trellis.feed.v1.Progress.$Properties instead.
             */
            interface IProgress extends trellis.feed.v1.Progress.$Properties {
            }

            /** Represents a Progress. */
            class Progress {

                /**
                 * Constructs a new Progress.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trellis.feed.v1.Progress.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Progress revision. */
                revision: number;

                /**
                 * Creates a new Progress instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Progress instance
                 */
                static create(properties: trellis.feed.v1.Progress.$Shape): trellis.feed.v1.Progress & trellis.feed.v1.Progress.$Shape;
                static create(properties?: trellis.feed.v1.Progress.$Properties): trellis.feed.v1.Progress;

                /**
                 * Encodes the specified Progress message. Does not implicitly {@link trellis.feed.v1.Progress.verify|verify} messages.
                 * @param message Progress message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trellis.feed.v1.Progress.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Progress message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trellis.feed.v1.Progress & trellis.feed.v1.Progress.$Shape} Progress
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trellis.feed.v1.Progress & trellis.feed.v1.Progress.$Shape;

                /**
                 * Gets the type url for Progress
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Progress {

                /** Properties of a Progress. */
                interface $Properties {

                    /** Progress revision */
                    revision?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Progress. */
                type $Shape = trellis.feed.v1.Progress.$Properties;
            }

            /**
             * Properties of a WatchResponse.
             * @deprecated Use trellis.feed.v1.WatchResponse.$Properties instead.
             */
            interface IWatchResponse extends trellis.feed.v1.WatchResponse.$Properties {
            }

            /** Represents a WatchResponse. */
            class WatchResponse {

                /**
                 * Constructs a new WatchResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trellis.feed.v1.WatchResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** WatchResponse revision. */
                revision?: (trellis.feed.v1.Revision.$Properties|null);

                /** WatchResponse snapshotChunk. */
                snapshotChunk?: (trellis.feed.v1.SnapshotChunk.$Properties|null);

                /** WatchResponse snapshotEnd. */
                snapshotEnd?: (trellis.feed.v1.SnapshotEnd.$Properties|null);

                /** WatchResponse progress. */
                progress?: (trellis.feed.v1.Progress.$Properties|null);

                /** WatchResponse kind. */
                kind?: ("revision"|"snapshotChunk"|"snapshotEnd"|"progress");

                /**
                 * Creates a new WatchResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns WatchResponse instance
                 */
                static create(properties: trellis.feed.v1.WatchResponse.$Shape): trellis.feed.v1.WatchResponse & trellis.feed.v1.WatchResponse.$Shape;
                static create(properties?: trellis.feed.v1.WatchResponse.$Properties): trellis.feed.v1.WatchResponse;

                /**
                 * Encodes the specified WatchResponse message. Does not implicitly {@link trellis.feed.v1.WatchResponse.verify|verify} messages.
                 * @param message WatchResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trellis.feed.v1.WatchResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a WatchResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trellis.feed.v1.WatchResponse & trellis.feed.v1.WatchResponse.$Shape} WatchResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trellis.feed.v1.WatchResponse & trellis.feed.v1.WatchResponse.$Shape;

                /**
                 * Gets the type url for WatchResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace WatchResponse {

                /** Properties of a WatchResponse. */
                interface $Properties {

                    /** WatchResponse revision */
                    revision?: (trellis.feed.v1.Revision.$Properties|null);

                    /** WatchResponse snapshotChunk */
                    snapshotChunk?: (trellis.feed.v1.SnapshotChunk.$Properties|null);

                    /** WatchResponse snapshotEnd */
                    snapshotEnd?: (trellis.feed.v1.SnapshotEnd.$Properties|null);

                    /** WatchResponse progress */
                    progress?: (trellis.feed.v1.Progress.$Properties|null);

                    /** WatchResponse kind */
                    kind?: ("revision"|"snapshotChunk"|"snapshotEnd"|"progress");

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Narrowed shape of a WatchResponse. */
                type $Shape = {
                  revision?: trellis.feed.v1.Revision.$Shape|null;
                  snapshotChunk?: trellis.feed.v1.SnapshotChunk.$Shape|null;
                  snapshotEnd?: trellis.feed.v1.SnapshotEnd.$Shape|null;
                  progress?: trellis.feed.v1.Progress.$Shape|null;
                  $unknowns?: Uint8Array[];
                } & (
                  ({ kind?: undefined; revision?: null; snapshotChunk?: null; snapshotEnd?: null; progress?: null }|{ kind?: "revision"; revision: trellis.feed.v1.Revision.$Shape; snapshotChunk?: null; snapshotEnd?: null; progress?: null }|{ kind?: "snapshotChunk"; revision?: null; snapshotChunk: trellis.feed.v1.SnapshotChunk.$Shape; snapshotEnd?: null; progress?: null }|{ kind?: "snapshotEnd"; revision?: null; snapshotChunk?: null; snapshotEnd: trellis.feed.v1.SnapshotEnd.$Shape; progress?: null }|{ kind?: "progress"; revision?: null; snapshotChunk?: null; snapshotEnd?: null; progress: trellis.feed.v1.Progress.$Shape })
                );
            }

            /** PortWiring enum. */
            enum PortWiring {

                /** PORT_WIRING_UNSPECIFIED value */
                PORT_WIRING_UNSPECIFIED = 0,

                /** PORT_WIRING_WIRED value */
                PORT_WIRING_WIRED = 1,

                /** PORT_WIRING_UNWIRED value */
                PORT_WIRING_UNWIRED = 2,

                /** PORT_WIRING_ERROR value */
                PORT_WIRING_ERROR = 3
            }

            /**
             * Properties of a PortStatusReport.
             * @deprecated Use trellis.feed.v1.PortStatusReport.$Properties instead.
             */
            interface IPortStatusReport extends trellis.feed.v1.PortStatusReport.$Properties {
            }

            /** Represents a PortStatusReport. */
            class PortStatusReport {

                /**
                 * Constructs a new PortStatusReport.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trellis.feed.v1.PortStatusReport.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** PortStatusReport portId. */
                portId: string;

                /** PortStatusReport hostId. */
                hostId: string;

                /** PortStatusReport wiring. */
                wiring: trellis.feed.v1.PortWiring;

                /** PortStatusReport detail. */
                detail: string;

                /**
                 * Creates a new PortStatusReport instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PortStatusReport instance
                 */
                static create(properties: trellis.feed.v1.PortStatusReport.$Shape): trellis.feed.v1.PortStatusReport & trellis.feed.v1.PortStatusReport.$Shape;
                static create(properties?: trellis.feed.v1.PortStatusReport.$Properties): trellis.feed.v1.PortStatusReport;

                /**
                 * Encodes the specified PortStatusReport message. Does not implicitly {@link trellis.feed.v1.PortStatusReport.verify|verify} messages.
                 * @param message PortStatusReport message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trellis.feed.v1.PortStatusReport.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PortStatusReport message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trellis.feed.v1.PortStatusReport & trellis.feed.v1.PortStatusReport.$Shape} PortStatusReport
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trellis.feed.v1.PortStatusReport & trellis.feed.v1.PortStatusReport.$Shape;

                /**
                 * Gets the type url for PortStatusReport
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace PortStatusReport {

                /** Properties of a PortStatusReport. */
                interface $Properties {

                    /** PortStatusReport portId */
                    portId?: (string|null);

                    /** PortStatusReport hostId */
                    hostId?: (string|null);

                    /** PortStatusReport wiring */
                    wiring?: (trellis.feed.v1.PortWiring|null);

                    /** PortStatusReport detail */
                    detail?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a PortStatusReport. */
                type $Shape = trellis.feed.v1.PortStatusReport.$Properties;
            }

            /**
             * Properties of a PortStatusReports.
             * @deprecated Use trellis.feed.v1.PortStatusReports.$Properties instead.
             */
            interface IPortStatusReports extends trellis.feed.v1.PortStatusReports.$Properties {
            }

            /** Represents a PortStatusReports. */
            class PortStatusReports {

                /**
                 * Constructs a new PortStatusReports.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trellis.feed.v1.PortStatusReports.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** PortStatusReports reports. */
                reports: trellis.feed.v1.PortStatusReport.$Properties[];

                /**
                 * Creates a new PortStatusReports instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PortStatusReports instance
                 */
                static create(properties: trellis.feed.v1.PortStatusReports.$Shape): trellis.feed.v1.PortStatusReports & trellis.feed.v1.PortStatusReports.$Shape;
                static create(properties?: trellis.feed.v1.PortStatusReports.$Properties): trellis.feed.v1.PortStatusReports;

                /**
                 * Encodes the specified PortStatusReports message. Does not implicitly {@link trellis.feed.v1.PortStatusReports.verify|verify} messages.
                 * @param message PortStatusReports message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trellis.feed.v1.PortStatusReports.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PortStatusReports message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trellis.feed.v1.PortStatusReports & trellis.feed.v1.PortStatusReports.$Shape} PortStatusReports
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trellis.feed.v1.PortStatusReports & trellis.feed.v1.PortStatusReports.$Shape;

                /**
                 * Gets the type url for PortStatusReports
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace PortStatusReports {

                /** Properties of a PortStatusReports. */
                interface $Properties {

                    /** PortStatusReports reports */
                    reports?: (trellis.feed.v1.PortStatusReport.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a PortStatusReports. */
                type $Shape = trellis.feed.v1.PortStatusReports.$Properties;
            }

            /**
             * Properties of a HostLivenessReport.
             * @deprecated Use trellis.feed.v1.HostLivenessReport.$Properties instead.
             */
            interface IHostLivenessReport extends trellis.feed.v1.HostLivenessReport.$Properties {
            }

            /** Represents a HostLivenessReport. */
            class HostLivenessReport {

                /**
                 * Constructs a new HostLivenessReport.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trellis.feed.v1.HostLivenessReport.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** HostLivenessReport hostId. */
                hostId: string;

                /** HostLivenessReport connected. */
                connected: boolean;

                /** HostLivenessReport agentVersion. */
                agentVersion: string;

                /** HostLivenessReport lastSeenMs. */
                lastSeenMs: number;

                /** HostLivenessReport controllerId. */
                controllerId: string;

                /**
                 * Creates a new HostLivenessReport instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns HostLivenessReport instance
                 */
                static create(properties: trellis.feed.v1.HostLivenessReport.$Shape): trellis.feed.v1.HostLivenessReport & trellis.feed.v1.HostLivenessReport.$Shape;
                static create(properties?: trellis.feed.v1.HostLivenessReport.$Properties): trellis.feed.v1.HostLivenessReport;

                /**
                 * Encodes the specified HostLivenessReport message. Does not implicitly {@link trellis.feed.v1.HostLivenessReport.verify|verify} messages.
                 * @param message HostLivenessReport message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trellis.feed.v1.HostLivenessReport.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a HostLivenessReport message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trellis.feed.v1.HostLivenessReport & trellis.feed.v1.HostLivenessReport.$Shape} HostLivenessReport
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trellis.feed.v1.HostLivenessReport & trellis.feed.v1.HostLivenessReport.$Shape;

                /**
                 * Gets the type url for HostLivenessReport
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace HostLivenessReport {

                /** Properties of a HostLivenessReport. */
                interface $Properties {

                    /** HostLivenessReport hostId */
                    hostId?: (string|null);

                    /** HostLivenessReport connected */
                    connected?: (boolean|null);

                    /** HostLivenessReport agentVersion */
                    agentVersion?: (string|null);

                    /** HostLivenessReport lastSeenMs */
                    lastSeenMs?: (number|null);

                    /** HostLivenessReport controllerId */
                    controllerId?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a HostLivenessReport. */
                type $Shape = trellis.feed.v1.HostLivenessReport.$Properties;
            }

            /**
             * Properties of a ReportAck.
             * @deprecated Use trellis.feed.v1.ReportAck.$Properties instead.
             */
            interface IReportAck extends trellis.feed.v1.ReportAck.$Properties {
            }

            /** Represents a ReportAck. */
            class ReportAck {

                /**
                 * Constructs a new ReportAck.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trellis.feed.v1.ReportAck.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ReportAck revision. */
                revision: number;

                /**
                 * Creates a new ReportAck instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ReportAck instance
                 */
                static create(properties: trellis.feed.v1.ReportAck.$Shape): trellis.feed.v1.ReportAck & trellis.feed.v1.ReportAck.$Shape;
                static create(properties?: trellis.feed.v1.ReportAck.$Properties): trellis.feed.v1.ReportAck;

                /**
                 * Encodes the specified ReportAck message. Does not implicitly {@link trellis.feed.v1.ReportAck.verify|verify} messages.
                 * @param message ReportAck message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trellis.feed.v1.ReportAck.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ReportAck message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trellis.feed.v1.ReportAck & trellis.feed.v1.ReportAck.$Shape} ReportAck
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trellis.feed.v1.ReportAck & trellis.feed.v1.ReportAck.$Shape;

                /**
                 * Gets the type url for ReportAck
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ReportAck {

                /** Properties of a ReportAck. */
                interface $Properties {

                    /** ReportAck revision */
                    revision?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ReportAck. */
                type $Shape = trellis.feed.v1.ReportAck.$Properties;
            }

            /**
             * Properties of a ReportAcks.
             * @deprecated Use trellis.feed.v1.ReportAcks.$Properties instead.
             */
            interface IReportAcks extends trellis.feed.v1.ReportAcks.$Properties {
            }

            /** Represents a ReportAcks. */
            class ReportAcks {

                /**
                 * Constructs a new ReportAcks.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trellis.feed.v1.ReportAcks.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ReportAcks revisions. */
                revisions: number[];

                /**
                 * Creates a new ReportAcks instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ReportAcks instance
                 */
                static create(properties: trellis.feed.v1.ReportAcks.$Shape): trellis.feed.v1.ReportAcks & trellis.feed.v1.ReportAcks.$Shape;
                static create(properties?: trellis.feed.v1.ReportAcks.$Properties): trellis.feed.v1.ReportAcks;

                /**
                 * Encodes the specified ReportAcks message. Does not implicitly {@link trellis.feed.v1.ReportAcks.verify|verify} messages.
                 * @param message ReportAcks message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trellis.feed.v1.ReportAcks.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ReportAcks message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trellis.feed.v1.ReportAcks & trellis.feed.v1.ReportAcks.$Shape} ReportAcks
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trellis.feed.v1.ReportAcks & trellis.feed.v1.ReportAcks.$Shape;

                /**
                 * Gets the type url for ReportAcks
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ReportAcks {

                /** Properties of a ReportAcks. */
                interface $Properties {

                    /** ReportAcks revisions */
                    revisions?: (number[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ReportAcks. */
                type $Shape = trellis.feed.v1.ReportAcks.$Properties;
            }
        }
    }

    /** Namespace l2. */
    namespace l2 {

        /** Namespace v1. */
        namespace v1 {

            /** Represents a Distribution */
            class Distribution extends $protobuf.rpc.Service {

                /**
                 * Constructs a new Distribution service.
                 * @param rpcImpl RPC implementation
                 * @param [requestDelimited=false] Whether requests are length-delimited
                 * @param [responseDelimited=false] Whether responses are length-delimited
                 */
                constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);

                /**
                 * Creates new Distribution service using the specified rpc implementation.
                 * @param rpcImpl RPC implementation
                 * @param [requestDelimited=false] Whether requests are length-delimited
                 * @param [responseDelimited=false] Whether responses are length-delimited
                 * @returns RPC service. Useful where requests and/or responses are streamed.
                 */
                static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): Distribution;

                /** Calls Stream. */
                stream: trellis.l2.v1.Distribution.Stream;
            }

            namespace Distribution {

                /**
                 * Callback as used by {@link trellis.l2.v1.Distribution#stream}.
                 * @param error Error, if any
                 * @param [response] ControllerMessage
                 */
                type StreamCallback = (error: (Error|null), response?: trellis.l2.v1.ControllerMessage) => void;

                /** Calls Stream. */
                type Stream = {
                  (request: trellis.l2.v1.IHostMessage, callback: trellis.l2.v1.Distribution.StreamCallback): void;
                  (request: trellis.l2.v1.IHostMessage): Promise<trellis.l2.v1.ControllerMessage>;
                  readonly name: "Stream";
                  readonly path: "/trellis.l2.v1.Distribution/Stream";
                  readonly requestType: "HostMessage";
                  readonly responseType: "ControllerMessage";
                  readonly requestStream: true;
                  readonly responseStream: true;
                };
            }

            /**
             * Properties of a ResumeToken.
             * @deprecated Use trellis.l2.v1.ResumeToken.$Properties instead.
             */
            interface IResumeToken extends trellis.l2.v1.ResumeToken.$Properties {
            }

            /** Represents a ResumeToken. */
            class ResumeToken {

                /**
                 * Constructs a new ResumeToken.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trellis.l2.v1.ResumeToken.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ResumeToken epoch. */
                epoch: string;

                /** ResumeToken revision. */
                revision: number;

                /** ResumeToken subscriptionVersion. */
                subscriptionVersion: number;

                /**
                 * Creates a new ResumeToken instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ResumeToken instance
                 */
                static create(properties: trellis.l2.v1.ResumeToken.$Shape): trellis.l2.v1.ResumeToken & trellis.l2.v1.ResumeToken.$Shape;
                static create(properties?: trellis.l2.v1.ResumeToken.$Properties): trellis.l2.v1.ResumeToken;

                /**
                 * Encodes the specified ResumeToken message. Does not implicitly {@link trellis.l2.v1.ResumeToken.verify|verify} messages.
                 * @param message ResumeToken message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trellis.l2.v1.ResumeToken.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ResumeToken message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trellis.l2.v1.ResumeToken & trellis.l2.v1.ResumeToken.$Shape} ResumeToken
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trellis.l2.v1.ResumeToken & trellis.l2.v1.ResumeToken.$Shape;

                /**
                 * Gets the type url for ResumeToken
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ResumeToken {

                /** Properties of a ResumeToken. */
                interface $Properties {

                    /** ResumeToken epoch */
                    epoch?: (string|null);

                    /** ResumeToken revision */
                    revision?: (number|null);

                    /** ResumeToken subscriptionVersion */
                    subscriptionVersion?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ResumeToken. */
                type $Shape = trellis.l2.v1.ResumeToken.$Properties;
            }

            /**
             * Properties of a Hello.
             * @deprecated Use trellis.l2.v1.Hello.$Properties instead.
             */
            interface IHello extends trellis.l2.v1.Hello.$Properties {
            }

            /** Represents a Hello. */
            class Hello {

                /**
                 * Constructs a new Hello.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trellis.l2.v1.Hello.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Hello hostId. */
                hostId: string;

                /** Hello vtep. */
                vtep: Uint8Array;

                /** Hello agentVersion. */
                agentVersion: string;

                /** Hello resume. */
                resume?: (trellis.l2.v1.ResumeToken.$Properties|null);

                /**
                 * Creates a new Hello instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Hello instance
                 */
                static create(properties: trellis.l2.v1.Hello.$Shape): trellis.l2.v1.Hello & trellis.l2.v1.Hello.$Shape;
                static create(properties?: trellis.l2.v1.Hello.$Properties): trellis.l2.v1.Hello;

                /**
                 * Encodes the specified Hello message. Does not implicitly {@link trellis.l2.v1.Hello.verify|verify} messages.
                 * @param message Hello message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trellis.l2.v1.Hello.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Hello message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trellis.l2.v1.Hello & trellis.l2.v1.Hello.$Shape} Hello
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trellis.l2.v1.Hello & trellis.l2.v1.Hello.$Shape;

                /**
                 * Gets the type url for Hello
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Hello {

                /** Properties of a Hello. */
                interface $Properties {

                    /** Hello hostId */
                    hostId?: (string|null);

                    /** Hello vtep */
                    vtep?: (Uint8Array|null);

                    /** Hello agentVersion */
                    agentVersion?: (string|null);

                    /** Hello resume */
                    resume?: (trellis.l2.v1.ResumeToken.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Hello. */
                type $Shape = trellis.l2.v1.Hello.$Properties;
            }

            /**
             * Properties of an Ack.
             * @deprecated Use trellis.l2.v1.Ack.$Properties instead.
             */
            interface IAck extends trellis.l2.v1.Ack.$Properties {
            }

            /** Represents an Ack. */
            class Ack {

                /**
                 * Constructs a new Ack.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trellis.l2.v1.Ack.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Ack nonce. */
                nonce: string;

                /** Ack revision. */
                revision: number;

                /**
                 * Creates a new Ack instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Ack instance
                 */
                static create(properties: trellis.l2.v1.Ack.$Shape): trellis.l2.v1.Ack & trellis.l2.v1.Ack.$Shape;
                static create(properties?: trellis.l2.v1.Ack.$Properties): trellis.l2.v1.Ack;

                /**
                 * Encodes the specified Ack message. Does not implicitly {@link trellis.l2.v1.Ack.verify|verify} messages.
                 * @param message Ack message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trellis.l2.v1.Ack.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an Ack message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trellis.l2.v1.Ack & trellis.l2.v1.Ack.$Shape} Ack
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trellis.l2.v1.Ack & trellis.l2.v1.Ack.$Shape;

                /**
                 * Gets the type url for Ack
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Ack {

                /** Properties of an Ack. */
                interface $Properties {

                    /** Ack nonce */
                    nonce?: (string|null);

                    /** Ack revision */
                    revision?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an Ack. */
                type $Shape = trellis.l2.v1.Ack.$Properties;
            }

            /**
             * Properties of a Nack.
             * @deprecated Use trellis.l2.v1.Nack.$Properties instead.
             */
            interface INack extends trellis.l2.v1.Nack.$Properties {
            }

            /** Represents a Nack. */
            class Nack {

                /**
                 * Constructs a new Nack.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trellis.l2.v1.Nack.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Nack nonce. */
                nonce: string;

                /** Nack revision. */
                revision: number;

                /** Nack errorDetail. */
                errorDetail: string;

                /** Nack vnis. */
                vnis: number[];

                /**
                 * Creates a new Nack instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Nack instance
                 */
                static create(properties: trellis.l2.v1.Nack.$Shape): trellis.l2.v1.Nack & trellis.l2.v1.Nack.$Shape;
                static create(properties?: trellis.l2.v1.Nack.$Properties): trellis.l2.v1.Nack;

                /**
                 * Encodes the specified Nack message. Does not implicitly {@link trellis.l2.v1.Nack.verify|verify} messages.
                 * @param message Nack message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trellis.l2.v1.Nack.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Nack message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trellis.l2.v1.Nack & trellis.l2.v1.Nack.$Shape} Nack
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trellis.l2.v1.Nack & trellis.l2.v1.Nack.$Shape;

                /**
                 * Gets the type url for Nack
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Nack {

                /** Properties of a Nack. */
                interface $Properties {

                    /** Nack nonce */
                    nonce?: (string|null);

                    /** Nack revision */
                    revision?: (number|null);

                    /** Nack errorDetail */
                    errorDetail?: (string|null);

                    /** Nack vnis */
                    vnis?: (number[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Nack. */
                type $Shape = trellis.l2.v1.Nack.$Properties;
            }

            /** Wiring enum. */
            enum Wiring {

                /** WIRING_UNSPECIFIED value */
                WIRING_UNSPECIFIED = 0,

                /** WIRING_WIRED value */
                WIRING_WIRED = 1,

                /** WIRING_UNWIRED value */
                WIRING_UNWIRED = 2,

                /** WIRING_ERROR value */
                WIRING_ERROR = 3
            }

            /**
             * Properties of a PortStatus.
             * @deprecated Use trellis.l2.v1.PortStatus.$Properties instead.
             */
            interface IPortStatus extends trellis.l2.v1.PortStatus.$Properties {
            }

            /** Represents a PortStatus. */
            class PortStatus {

                /**
                 * Constructs a new PortStatus.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trellis.l2.v1.PortStatus.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** PortStatus portId. */
                portId: string;

                /** PortStatus wiring. */
                wiring: trellis.l2.v1.Wiring;

                /** PortStatus detail. */
                detail: string;

                /**
                 * Creates a new PortStatus instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PortStatus instance
                 */
                static create(properties: trellis.l2.v1.PortStatus.$Shape): trellis.l2.v1.PortStatus & trellis.l2.v1.PortStatus.$Shape;
                static create(properties?: trellis.l2.v1.PortStatus.$Properties): trellis.l2.v1.PortStatus;

                /**
                 * Encodes the specified PortStatus message. Does not implicitly {@link trellis.l2.v1.PortStatus.verify|verify} messages.
                 * @param message PortStatus message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trellis.l2.v1.PortStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PortStatus message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trellis.l2.v1.PortStatus & trellis.l2.v1.PortStatus.$Shape} PortStatus
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trellis.l2.v1.PortStatus & trellis.l2.v1.PortStatus.$Shape;

                /**
                 * Gets the type url for PortStatus
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace PortStatus {

                /** Properties of a PortStatus. */
                interface $Properties {

                    /** PortStatus portId */
                    portId?: (string|null);

                    /** PortStatus wiring */
                    wiring?: (trellis.l2.v1.Wiring|null);

                    /** PortStatus detail */
                    detail?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a PortStatus. */
                type $Shape = trellis.l2.v1.PortStatus.$Properties;
            }

            /**
             * Properties of a PortStatusBatch.
             * @deprecated Use trellis.l2.v1.PortStatusBatch.$Properties instead.
             */
            interface IPortStatusBatch extends trellis.l2.v1.PortStatusBatch.$Properties {
            }

            /** Represents a PortStatusBatch. */
            class PortStatusBatch {

                /**
                 * Constructs a new PortStatusBatch.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trellis.l2.v1.PortStatusBatch.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** PortStatusBatch statuses. */
                statuses: trellis.l2.v1.PortStatus.$Properties[];

                /**
                 * Creates a new PortStatusBatch instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PortStatusBatch instance
                 */
                static create(properties: trellis.l2.v1.PortStatusBatch.$Shape): trellis.l2.v1.PortStatusBatch & trellis.l2.v1.PortStatusBatch.$Shape;
                static create(properties?: trellis.l2.v1.PortStatusBatch.$Properties): trellis.l2.v1.PortStatusBatch;

                /**
                 * Encodes the specified PortStatusBatch message. Does not implicitly {@link trellis.l2.v1.PortStatusBatch.verify|verify} messages.
                 * @param message PortStatusBatch message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trellis.l2.v1.PortStatusBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PortStatusBatch message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trellis.l2.v1.PortStatusBatch & trellis.l2.v1.PortStatusBatch.$Shape} PortStatusBatch
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trellis.l2.v1.PortStatusBatch & trellis.l2.v1.PortStatusBatch.$Shape;

                /**
                 * Gets the type url for PortStatusBatch
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace PortStatusBatch {

                /** Properties of a PortStatusBatch. */
                interface $Properties {

                    /** PortStatusBatch statuses */
                    statuses?: (trellis.l2.v1.PortStatus.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a PortStatusBatch. */
                type $Shape = trellis.l2.v1.PortStatusBatch.$Properties;
            }

            /**
             * Properties of a VniDigest.
             * @deprecated Use trellis.l2.v1.VniDigest.$Properties instead.
             */
            interface IVniDigest extends trellis.l2.v1.VniDigest.$Properties {
            }

            /** Represents a VniDigest. */
            class VniDigest {

                /**
                 * Constructs a new VniDigest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trellis.l2.v1.VniDigest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** VniDigest vni. */
                vni: number;

                /** VniDigest digest. */
                digest: number;

                /** VniDigest entries. */
                entries: number;

                /**
                 * Creates a new VniDigest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns VniDigest instance
                 */
                static create(properties: trellis.l2.v1.VniDigest.$Shape): trellis.l2.v1.VniDigest & trellis.l2.v1.VniDigest.$Shape;
                static create(properties?: trellis.l2.v1.VniDigest.$Properties): trellis.l2.v1.VniDigest;

                /**
                 * Encodes the specified VniDigest message. Does not implicitly {@link trellis.l2.v1.VniDigest.verify|verify} messages.
                 * @param message VniDigest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trellis.l2.v1.VniDigest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a VniDigest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trellis.l2.v1.VniDigest & trellis.l2.v1.VniDigest.$Shape} VniDigest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trellis.l2.v1.VniDigest & trellis.l2.v1.VniDigest.$Shape;

                /**
                 * Gets the type url for VniDigest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace VniDigest {

                /** Properties of a VniDigest. */
                interface $Properties {

                    /** VniDigest vni */
                    vni?: (number|null);

                    /** VniDigest digest */
                    digest?: (number|null);

                    /** VniDigest entries */
                    entries?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a VniDigest. */
                type $Shape = trellis.l2.v1.VniDigest.$Properties;
            }

            /**
             * Properties of a Digests.
             * @deprecated Use trellis.l2.v1.Digests.$Properties instead.
             */
            interface IDigests extends trellis.l2.v1.Digests.$Properties {
            }

            /** Represents a Digests. */
            class Digests {

                /**
                 * Constructs a new Digests.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trellis.l2.v1.Digests.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Digests revision. */
                revision: number;

                /** Digests vnis. */
                vnis: trellis.l2.v1.VniDigest.$Properties[];

                /**
                 * Creates a new Digests instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Digests instance
                 */
                static create(properties: trellis.l2.v1.Digests.$Shape): trellis.l2.v1.Digests & trellis.l2.v1.Digests.$Shape;
                static create(properties?: trellis.l2.v1.Digests.$Properties): trellis.l2.v1.Digests;

                /**
                 * Encodes the specified Digests message. Does not implicitly {@link trellis.l2.v1.Digests.verify|verify} messages.
                 * @param message Digests message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trellis.l2.v1.Digests.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Digests message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trellis.l2.v1.Digests & trellis.l2.v1.Digests.$Shape} Digests
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trellis.l2.v1.Digests & trellis.l2.v1.Digests.$Shape;

                /**
                 * Gets the type url for Digests
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Digests {

                /** Properties of a Digests. */
                interface $Properties {

                    /** Digests revision */
                    revision?: (number|null);

                    /** Digests vnis */
                    vnis?: (trellis.l2.v1.VniDigest.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Digests. */
                type $Shape = trellis.l2.v1.Digests.$Properties;
            }

            /**
             * Properties of a HostMessage.
             * @deprecated Use trellis.l2.v1.HostMessage.$Properties instead.
             */
            interface IHostMessage extends trellis.l2.v1.HostMessage.$Properties {
            }

            /** Represents a HostMessage. */
            class HostMessage {

                /**
                 * Constructs a new HostMessage.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trellis.l2.v1.HostMessage.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** HostMessage hello. */
                hello?: (trellis.l2.v1.Hello.$Properties|null);

                /** HostMessage ack. */
                ack?: (trellis.l2.v1.Ack.$Properties|null);

                /** HostMessage nack. */
                nack?: (trellis.l2.v1.Nack.$Properties|null);

                /** HostMessage digests. */
                digests?: (trellis.l2.v1.Digests.$Properties|null);

                /** HostMessage portStatuses. */
                portStatuses?: (trellis.l2.v1.PortStatusBatch.$Properties|null);

                /** HostMessage kind. */
                kind?: ("hello"|"ack"|"nack"|"digests"|"portStatuses");

                /**
                 * Creates a new HostMessage instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns HostMessage instance
                 */
                static create(properties: trellis.l2.v1.HostMessage.$Shape): trellis.l2.v1.HostMessage & trellis.l2.v1.HostMessage.$Shape;
                static create(properties?: trellis.l2.v1.HostMessage.$Properties): trellis.l2.v1.HostMessage;

                /**
                 * Encodes the specified HostMessage message. Does not implicitly {@link trellis.l2.v1.HostMessage.verify|verify} messages.
                 * @param message HostMessage message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trellis.l2.v1.HostMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a HostMessage message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trellis.l2.v1.HostMessage & trellis.l2.v1.HostMessage.$Shape} HostMessage
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trellis.l2.v1.HostMessage & trellis.l2.v1.HostMessage.$Shape;

                /**
                 * Gets the type url for HostMessage
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace HostMessage {

                /** Properties of a HostMessage. */
                interface $Properties {

                    /** HostMessage hello */
                    hello?: (trellis.l2.v1.Hello.$Properties|null);

                    /** HostMessage ack */
                    ack?: (trellis.l2.v1.Ack.$Properties|null);

                    /** HostMessage nack */
                    nack?: (trellis.l2.v1.Nack.$Properties|null);

                    /** HostMessage digests */
                    digests?: (trellis.l2.v1.Digests.$Properties|null);

                    /** HostMessage portStatuses */
                    portStatuses?: (trellis.l2.v1.PortStatusBatch.$Properties|null);

                    /** HostMessage kind */
                    kind?: ("hello"|"ack"|"nack"|"digests"|"portStatuses");

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Narrowed shape of a HostMessage. */
                type $Shape = {
                  hello?: trellis.l2.v1.Hello.$Shape|null;
                  ack?: trellis.l2.v1.Ack.$Shape|null;
                  nack?: trellis.l2.v1.Nack.$Shape|null;
                  digests?: trellis.l2.v1.Digests.$Shape|null;
                  portStatuses?: trellis.l2.v1.PortStatusBatch.$Shape|null;
                  $unknowns?: Uint8Array[];
                } & (
                  ({ kind?: undefined; hello?: null; ack?: null; nack?: null; digests?: null; portStatuses?: null }|{ kind?: "hello"; hello: trellis.l2.v1.Hello.$Shape; ack?: null; nack?: null; digests?: null; portStatuses?: null }|{ kind?: "ack"; hello?: null; ack: trellis.l2.v1.Ack.$Shape; nack?: null; digests?: null; portStatuses?: null }|{ kind?: "nack"; hello?: null; ack?: null; nack: trellis.l2.v1.Nack.$Shape; digests?: null; portStatuses?: null }|{ kind?: "digests"; hello?: null; ack?: null; nack?: null; digests: trellis.l2.v1.Digests.$Shape; portStatuses?: null }|{ kind?: "portStatuses"; hello?: null; ack?: null; nack?: null; digests?: null; portStatuses: trellis.l2.v1.PortStatusBatch.$Shape })
                );
            }

            /**
             * Properties of a LocalPort.
             * @deprecated Use trellis.l2.v1.LocalPort.$Properties instead.
             */
            interface ILocalPort extends trellis.l2.v1.LocalPort.$Properties {
            }

            /** Represents a LocalPort. */
            class LocalPort {

                /**
                 * Constructs a new LocalPort.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trellis.l2.v1.LocalPort.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** LocalPort portId. */
                portId: string;

                /** LocalPort mac. */
                mac: Uint8Array;

                /** LocalPort ips. */
                ips: Uint8Array[];

                /** LocalPort mtu. */
                mtu: number;

                /** LocalPort inactive. */
                inactive: boolean;

                /** LocalPort seq. */
                seq: number;

                /** LocalPort networkId. */
                networkId: string;

                /** LocalPort portSecurityEnabled. */
                portSecurityEnabled?: (boolean|null);

                /**
                 * Creates a new LocalPort instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns LocalPort instance
                 */
                static create(properties: trellis.l2.v1.LocalPort.$Shape): trellis.l2.v1.LocalPort & trellis.l2.v1.LocalPort.$Shape;
                static create(properties?: trellis.l2.v1.LocalPort.$Properties): trellis.l2.v1.LocalPort;

                /**
                 * Encodes the specified LocalPort message. Does not implicitly {@link trellis.l2.v1.LocalPort.verify|verify} messages.
                 * @param message LocalPort message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trellis.l2.v1.LocalPort.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a LocalPort message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trellis.l2.v1.LocalPort & trellis.l2.v1.LocalPort.$Shape} LocalPort
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trellis.l2.v1.LocalPort & trellis.l2.v1.LocalPort.$Shape;

                /**
                 * Gets the type url for LocalPort
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace LocalPort {

                /** Properties of a LocalPort. */
                interface $Properties {

                    /** LocalPort portId */
                    portId?: (string|null);

                    /** LocalPort mac */
                    mac?: (Uint8Array|null);

                    /** LocalPort ips */
                    ips?: (Uint8Array[]|null);

                    /** LocalPort mtu */
                    mtu?: (number|null);

                    /** LocalPort inactive */
                    inactive?: (boolean|null);

                    /** LocalPort seq */
                    seq?: (number|null);

                    /** LocalPort networkId */
                    networkId?: (string|null);

                    /** LocalPort portSecurityEnabled */
                    portSecurityEnabled?: (boolean|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a LocalPort. */
                type $Shape = trellis.l2.v1.LocalPort.$Properties;
            }

            /**
             * Properties of a VniDelta.
             * @deprecated Use trellis.l2.v1.VniDelta.$Properties instead.
             */
            interface IVniDelta extends trellis.l2.v1.VniDelta.$Properties {
            }

            /** Represents a VniDelta. */
            class VniDelta {

                /**
                 * Constructs a new VniDelta.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trellis.l2.v1.VniDelta.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** VniDelta vni. */
                vni: number;

                /** VniDelta full. */
                full: boolean;

                /** VniDelta leave. */
                leave: boolean;

                /** VniDelta floodAdd. */
                floodAdd: Uint8Array[];

                /** VniDelta floodRemove. */
                floodRemove: Uint8Array[];

                /** VniDelta fdbUpsert. */
                fdbUpsert: Uint8Array[];

                /** VniDelta fdbWithdraw. */
                fdbWithdraw: Uint8Array[];

                /** VniDelta neighAdd. */
                neighAdd: Uint8Array[];

                /** VniDelta neighRemove. */
                neighRemove: Uint8Array[];

                /** VniDelta localAdd. */
                localAdd: trellis.l2.v1.LocalPort.$Properties[];

                /** VniDelta localRemove. */
                localRemove: string[];

                /** VniDelta mtu. */
                mtu: number;

                /**
                 * Creates a new VniDelta instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns VniDelta instance
                 */
                static create(properties: trellis.l2.v1.VniDelta.$Shape): trellis.l2.v1.VniDelta & trellis.l2.v1.VniDelta.$Shape;
                static create(properties?: trellis.l2.v1.VniDelta.$Properties): trellis.l2.v1.VniDelta;

                /**
                 * Encodes the specified VniDelta message. Does not implicitly {@link trellis.l2.v1.VniDelta.verify|verify} messages.
                 * @param message VniDelta message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trellis.l2.v1.VniDelta.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a VniDelta message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trellis.l2.v1.VniDelta & trellis.l2.v1.VniDelta.$Shape} VniDelta
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trellis.l2.v1.VniDelta & trellis.l2.v1.VniDelta.$Shape;

                /**
                 * Gets the type url for VniDelta
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace VniDelta {

                /** Properties of a VniDelta. */
                interface $Properties {

                    /** VniDelta vni */
                    vni?: (number|null);

                    /** VniDelta full */
                    full?: (boolean|null);

                    /** VniDelta leave */
                    leave?: (boolean|null);

                    /** VniDelta floodAdd */
                    floodAdd?: (Uint8Array[]|null);

                    /** VniDelta floodRemove */
                    floodRemove?: (Uint8Array[]|null);

                    /** VniDelta fdbUpsert */
                    fdbUpsert?: (Uint8Array[]|null);

                    /** VniDelta fdbWithdraw */
                    fdbWithdraw?: (Uint8Array[]|null);

                    /** VniDelta neighAdd */
                    neighAdd?: (Uint8Array[]|null);

                    /** VniDelta neighRemove */
                    neighRemove?: (Uint8Array[]|null);

                    /** VniDelta localAdd */
                    localAdd?: (trellis.l2.v1.LocalPort.$Properties[]|null);

                    /** VniDelta localRemove */
                    localRemove?: (string[]|null);

                    /** VniDelta mtu */
                    mtu?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a VniDelta. */
                type $Shape = trellis.l2.v1.VniDelta.$Properties;
            }

            /**
             * Properties of a SnapshotChunk.
             * @deprecated Use trellis.l2.v1.SnapshotChunk.$Properties instead.
             */
            interface ISnapshotChunk extends trellis.l2.v1.SnapshotChunk.$Properties {
            }

            /** Represents a SnapshotChunk. */
            class SnapshotChunk {

                /**
                 * Constructs a new SnapshotChunk.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trellis.l2.v1.SnapshotChunk.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SnapshotChunk revision. */
                revision: number;

                /** SnapshotChunk vnis. */
                vnis: trellis.l2.v1.VniDelta.$Properties[];

                /**
                 * Creates a new SnapshotChunk instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SnapshotChunk instance
                 */
                static create(properties: trellis.l2.v1.SnapshotChunk.$Shape): trellis.l2.v1.SnapshotChunk & trellis.l2.v1.SnapshotChunk.$Shape;
                static create(properties?: trellis.l2.v1.SnapshotChunk.$Properties): trellis.l2.v1.SnapshotChunk;

                /**
                 * Encodes the specified SnapshotChunk message. Does not implicitly {@link trellis.l2.v1.SnapshotChunk.verify|verify} messages.
                 * @param message SnapshotChunk message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trellis.l2.v1.SnapshotChunk.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SnapshotChunk message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trellis.l2.v1.SnapshotChunk & trellis.l2.v1.SnapshotChunk.$Shape} SnapshotChunk
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trellis.l2.v1.SnapshotChunk & trellis.l2.v1.SnapshotChunk.$Shape;

                /**
                 * Gets the type url for SnapshotChunk
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace SnapshotChunk {

                /** Properties of a SnapshotChunk. */
                interface $Properties {

                    /** SnapshotChunk revision */
                    revision?: (number|null);

                    /** SnapshotChunk vnis */
                    vnis?: (trellis.l2.v1.VniDelta.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SnapshotChunk. */
                type $Shape = trellis.l2.v1.SnapshotChunk.$Properties;
            }

            /**
             * Properties of a SnapshotEnd.
             * @deprecated Use trellis.l2.v1.SnapshotEnd.$Properties instead.
             */
            interface ISnapshotEnd extends trellis.l2.v1.SnapshotEnd.$Properties {
            }

            /** Represents a SnapshotEnd. */
            class SnapshotEnd {

                /**
                 * Constructs a new SnapshotEnd.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trellis.l2.v1.SnapshotEnd.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SnapshotEnd revision. */
                revision: number;

                /** SnapshotEnd nonce. */
                nonce: string;

                /** SnapshotEnd token. */
                token?: (trellis.l2.v1.ResumeToken.$Properties|null);

                /**
                 * Creates a new SnapshotEnd instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SnapshotEnd instance
                 */
                static create(properties: trellis.l2.v1.SnapshotEnd.$Shape): trellis.l2.v1.SnapshotEnd & trellis.l2.v1.SnapshotEnd.$Shape;
                static create(properties?: trellis.l2.v1.SnapshotEnd.$Properties): trellis.l2.v1.SnapshotEnd;

                /**
                 * Encodes the specified SnapshotEnd message. Does not implicitly {@link trellis.l2.v1.SnapshotEnd.verify|verify} messages.
                 * @param message SnapshotEnd message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trellis.l2.v1.SnapshotEnd.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SnapshotEnd message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trellis.l2.v1.SnapshotEnd & trellis.l2.v1.SnapshotEnd.$Shape} SnapshotEnd
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trellis.l2.v1.SnapshotEnd & trellis.l2.v1.SnapshotEnd.$Shape;

                /**
                 * Gets the type url for SnapshotEnd
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace SnapshotEnd {

                /** Properties of a SnapshotEnd. */
                interface $Properties {

                    /** SnapshotEnd revision */
                    revision?: (number|null);

                    /** SnapshotEnd nonce */
                    nonce?: (string|null);

                    /** SnapshotEnd token */
                    token?: (trellis.l2.v1.ResumeToken.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SnapshotEnd. */
                type $Shape = trellis.l2.v1.SnapshotEnd.$Properties;
            }

            /**
             * Properties of a Delta.
             * @deprecated Use trellis.l2.v1.Delta.$Properties instead.
             */
            interface IDelta extends trellis.l2.v1.Delta.$Properties {
            }

            /** Represents a Delta. */
            class Delta {

                /**
                 * Constructs a new Delta.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trellis.l2.v1.Delta.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Delta revision. */
                revision: number;

                /** Delta nonce. */
                nonce: string;

                /** Delta vnis. */
                vnis: trellis.l2.v1.VniDelta.$Properties[];

                /** Delta token. */
                token?: (trellis.l2.v1.ResumeToken.$Properties|null);

                /**
                 * Creates a new Delta instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Delta instance
                 */
                static create(properties: trellis.l2.v1.Delta.$Shape): trellis.l2.v1.Delta & trellis.l2.v1.Delta.$Shape;
                static create(properties?: trellis.l2.v1.Delta.$Properties): trellis.l2.v1.Delta;

                /**
                 * Encodes the specified Delta message. Does not implicitly {@link trellis.l2.v1.Delta.verify|verify} messages.
                 * @param message Delta message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trellis.l2.v1.Delta.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Delta message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trellis.l2.v1.Delta & trellis.l2.v1.Delta.$Shape} Delta
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trellis.l2.v1.Delta & trellis.l2.v1.Delta.$Shape;

                /**
                 * Gets the type url for Delta
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Delta {

                /** Properties of a Delta. */
                interface $Properties {

                    /** Delta revision */
                    revision?: (number|null);

                    /** Delta nonce */
                    nonce?: (string|null);

                    /** Delta vnis */
                    vnis?: (trellis.l2.v1.VniDelta.$Properties[]|null);

                    /** Delta token */
                    token?: (trellis.l2.v1.ResumeToken.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Delta. */
                type $Shape = trellis.l2.v1.Delta.$Properties;
            }

            /**
             * Properties of a Heartbeat.
             * @deprecated Use trellis.l2.v1.Heartbeat.$Properties instead.
             */
            interface IHeartbeat extends trellis.l2.v1.Heartbeat.$Properties {
            }

            /** Represents a Heartbeat. */
            class Heartbeat {

                /**
                 * Constructs a new Heartbeat.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trellis.l2.v1.Heartbeat.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Heartbeat revision. */
                revision: number;

                /** Heartbeat timeMs. */
                timeMs: number;

                /**
                 * Creates a new Heartbeat instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Heartbeat instance
                 */
                static create(properties: trellis.l2.v1.Heartbeat.$Shape): trellis.l2.v1.Heartbeat & trellis.l2.v1.Heartbeat.$Shape;
                static create(properties?: trellis.l2.v1.Heartbeat.$Properties): trellis.l2.v1.Heartbeat;

                /**
                 * Encodes the specified Heartbeat message. Does not implicitly {@link trellis.l2.v1.Heartbeat.verify|verify} messages.
                 * @param message Heartbeat message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trellis.l2.v1.Heartbeat.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Heartbeat message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trellis.l2.v1.Heartbeat & trellis.l2.v1.Heartbeat.$Shape} Heartbeat
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trellis.l2.v1.Heartbeat & trellis.l2.v1.Heartbeat.$Shape;

                /**
                 * Gets the type url for Heartbeat
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Heartbeat {

                /** Properties of a Heartbeat. */
                interface $Properties {

                    /** Heartbeat revision */
                    revision?: (number|null);

                    /** Heartbeat timeMs */
                    timeMs?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Heartbeat. */
                type $Shape = trellis.l2.v1.Heartbeat.$Properties;
            }

            /**
             * Properties of a Welcome.
             * @deprecated Use trellis.l2.v1.Welcome.$Properties instead.
             */
            interface IWelcome extends trellis.l2.v1.Welcome.$Properties {
            }

            /** Represents a Welcome. */
            class Welcome {

                /**
                 * Constructs a new Welcome.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trellis.l2.v1.Welcome.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Welcome controllerId. */
                controllerId: string;

                /** Welcome epoch. */
                epoch: string;

                /** Welcome snapshot. */
                snapshot: boolean;

                /** Welcome revision. */
                revision: number;

                /** Welcome headRevision. */
                headRevision: number;

                /**
                 * Creates a new Welcome instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Welcome instance
                 */
                static create(properties: trellis.l2.v1.Welcome.$Shape): trellis.l2.v1.Welcome & trellis.l2.v1.Welcome.$Shape;
                static create(properties?: trellis.l2.v1.Welcome.$Properties): trellis.l2.v1.Welcome;

                /**
                 * Encodes the specified Welcome message. Does not implicitly {@link trellis.l2.v1.Welcome.verify|verify} messages.
                 * @param message Welcome message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trellis.l2.v1.Welcome.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Welcome message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trellis.l2.v1.Welcome & trellis.l2.v1.Welcome.$Shape} Welcome
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trellis.l2.v1.Welcome & trellis.l2.v1.Welcome.$Shape;

                /**
                 * Gets the type url for Welcome
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Welcome {

                /** Properties of a Welcome. */
                interface $Properties {

                    /** Welcome controllerId */
                    controllerId?: (string|null);

                    /** Welcome epoch */
                    epoch?: (string|null);

                    /** Welcome snapshot */
                    snapshot?: (boolean|null);

                    /** Welcome revision */
                    revision?: (number|null);

                    /** Welcome headRevision */
                    headRevision?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Welcome. */
                type $Shape = trellis.l2.v1.Welcome.$Properties;
            }

            /**
             * Properties of a ControllerMessage.
             * @deprecated Use trellis.l2.v1.ControllerMessage.$Properties instead.
             */
            interface IControllerMessage extends trellis.l2.v1.ControllerMessage.$Properties {
            }

            /** Represents a ControllerMessage. */
            class ControllerMessage {

                /**
                 * Constructs a new ControllerMessage.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trellis.l2.v1.ControllerMessage.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ControllerMessage welcome. */
                welcome?: (trellis.l2.v1.Welcome.$Properties|null);

                /** ControllerMessage snapshotChunk. */
                snapshotChunk?: (trellis.l2.v1.SnapshotChunk.$Properties|null);

                /** ControllerMessage snapshotEnd. */
                snapshotEnd?: (trellis.l2.v1.SnapshotEnd.$Properties|null);

                /** ControllerMessage delta. */
                delta?: (trellis.l2.v1.Delta.$Properties|null);

                /** ControllerMessage heartbeat. */
                heartbeat?: (trellis.l2.v1.Heartbeat.$Properties|null);

                /** ControllerMessage kind. */
                kind?: ("welcome"|"snapshotChunk"|"snapshotEnd"|"delta"|"heartbeat");

                /**
                 * Creates a new ControllerMessage instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ControllerMessage instance
                 */
                static create(properties: trellis.l2.v1.ControllerMessage.$Shape): trellis.l2.v1.ControllerMessage & trellis.l2.v1.ControllerMessage.$Shape;
                static create(properties?: trellis.l2.v1.ControllerMessage.$Properties): trellis.l2.v1.ControllerMessage;

                /**
                 * Encodes the specified ControllerMessage message. Does not implicitly {@link trellis.l2.v1.ControllerMessage.verify|verify} messages.
                 * @param message ControllerMessage message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trellis.l2.v1.ControllerMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ControllerMessage message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trellis.l2.v1.ControllerMessage & trellis.l2.v1.ControllerMessage.$Shape} ControllerMessage
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trellis.l2.v1.ControllerMessage & trellis.l2.v1.ControllerMessage.$Shape;

                /**
                 * Gets the type url for ControllerMessage
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ControllerMessage {

                /** Properties of a ControllerMessage. */
                interface $Properties {

                    /** ControllerMessage welcome */
                    welcome?: (trellis.l2.v1.Welcome.$Properties|null);

                    /** ControllerMessage snapshotChunk */
                    snapshotChunk?: (trellis.l2.v1.SnapshotChunk.$Properties|null);

                    /** ControllerMessage snapshotEnd */
                    snapshotEnd?: (trellis.l2.v1.SnapshotEnd.$Properties|null);

                    /** ControllerMessage delta */
                    delta?: (trellis.l2.v1.Delta.$Properties|null);

                    /** ControllerMessage heartbeat */
                    heartbeat?: (trellis.l2.v1.Heartbeat.$Properties|null);

                    /** ControllerMessage kind */
                    kind?: ("welcome"|"snapshotChunk"|"snapshotEnd"|"delta"|"heartbeat");

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Narrowed shape of a ControllerMessage. */
                type $Shape = {
                  welcome?: trellis.l2.v1.Welcome.$Shape|null;
                  snapshotChunk?: trellis.l2.v1.SnapshotChunk.$Shape|null;
                  snapshotEnd?: trellis.l2.v1.SnapshotEnd.$Shape|null;
                  delta?: trellis.l2.v1.Delta.$Shape|null;
                  heartbeat?: trellis.l2.v1.Heartbeat.$Shape|null;
                  $unknowns?: Uint8Array[];
                } & (
                  ({ kind?: undefined; welcome?: null; snapshotChunk?: null; snapshotEnd?: null; delta?: null; heartbeat?: null }|{ kind?: "welcome"; welcome: trellis.l2.v1.Welcome.$Shape; snapshotChunk?: null; snapshotEnd?: null; delta?: null; heartbeat?: null }|{ kind?: "snapshotChunk"; welcome?: null; snapshotChunk: trellis.l2.v1.SnapshotChunk.$Shape; snapshotEnd?: null; delta?: null; heartbeat?: null }|{ kind?: "snapshotEnd"; welcome?: null; snapshotChunk?: null; snapshotEnd: trellis.l2.v1.SnapshotEnd.$Shape; delta?: null; heartbeat?: null }|{ kind?: "delta"; welcome?: null; snapshotChunk?: null; snapshotEnd?: null; delta: trellis.l2.v1.Delta.$Shape; heartbeat?: null }|{ kind?: "heartbeat"; welcome?: null; snapshotChunk?: null; snapshotEnd?: null; delta?: null; heartbeat: trellis.l2.v1.Heartbeat.$Shape })
                );
            }
        }
    }
}
