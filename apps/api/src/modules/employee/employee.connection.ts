import { ConnectionType } from "../../common/connection";
import { Employee } from "./employee.entity";

export const EmployeeConnection = ConnectionType("Employee", Employee);
